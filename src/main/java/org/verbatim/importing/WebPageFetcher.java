package org.verbatim.importing;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.verbatim.article.WebAddress;
import org.verbatim.extraction.ArticleText;

/**
 * Fetches one web page for import, on the server, with the JDK's HTTP client: http and https only, a time limit for
 * the whole fetch, a size limit (the body is abandoned as soon as it passes it), HTML only, and redirects followed
 * by hand, at most {@code maxRedirects}, each new address checked again. Unless allowed, an address whose host
 * resolves to a private, loopback, link-local, multicast or unspecified address is refused, so that an import cannot
 * be used to reach the newsroom's own network. (A host that resolves differently between the check and the
 * connection can still slip through; the check is for mistakes and casual probing, not a firewall.)
 *
 * <p>Every refusal is a {@link FetchFailed} whose message says what happened and what to do, in one line.
 */
public final class WebPageFetcher {

    /** A page fetched: its final address (after redirects) and its body as UTF-8. */
    public record Page(String url, byte[] utf8) {
    }

    /** Why a page could not be fetched, worded for the person who asked for it. */
    public static final class FetchFailed extends Exception {
        FetchFailed(String message) {
            super(message);
        }
    }

    /**
     * @param timeout               for connecting and for the whole fetch of one address
     * @param maxBytes              the largest body read
     * @param maxRedirects          redirects followed before giving up
     * @param allowPrivateAddresses whether hosts on private, loopback and link-local addresses may be fetched
     */
    public record Limits(Duration timeout, int maxBytes, int maxRedirects, boolean allowPrivateAddresses) {
        public Limits {
            Objects.requireNonNull(timeout, "timeout");
        }
    }

    private static final List<String> HTML_TYPES = List.of("text/html", "application/xhtml+xml");

    /** Host names to addresses: the system's resolver, or a test's. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Limits limits;
    private final Resolver resolver;
    private final HttpClient client;

    public WebPageFetcher(Limits limits) {
        this(limits, InetAddress::getAllByName);
    }

    /** A fetcher with the configured limits; a page may be as large as an article file ({@link ArticleText}). */
    public static WebPageFetcher configured(ImportProperties properties) {
        return new WebPageFetcher(new Limits(properties.fetchTimeout(), ArticleText.MAX_BYTES,
                properties.maxRedirects(), properties.allowPrivateAddresses()));
    }

    WebPageFetcher(Limits limits, Resolver resolver) {
        this.limits = Objects.requireNonNull(limits);
        this.resolver = Objects.requireNonNull(resolver);
        this.client = HttpClient.newBuilder().connectTimeout(limits.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Page fetch(String address) throws FetchFailed {
        URI uri = parse(address);
        for (int redirects = 0; ; redirects++) {
            requirePublic(uri);
            URI asked = uri;
            HttpResponse<byte[]> response = get(asked);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                if (redirects >= limits.maxRedirects()) {
                    throw new FetchFailed(uri + " redirected more than " + limits.maxRedirects() + " times: open it"
                            + " in a browser and import the address it ends at.");
                }
                String location = response.headers().firstValue("Location").orElseThrow(() -> new FetchFailed(
                        asked + " answered " + status + " without saying where to: import the page's final address."));
                uri = parse(uri.resolve(location.strip()).toString());
                continue;
            }
            if (status == 404 || status == 410) {
                throw new FetchFailed(uri + " was not found (" + status + "): check the address.");
            }
            if (status == 401 || status == 403) {
                throw new FetchFailed(uri + " refused access (" + status + "), perhaps a paywall: save the page"
                        + " in a browser and upload the file, or paste its text.");
            }
            if (status != 200) {
                throw new FetchFailed(uri + " answered " + status + " instead of the page: try again later, or"
                        + " upload a saved copy.");
            }
            return new Page(uri.toString(), utf8(response, uri));
        }
    }

    private static URI parse(String address) throws FetchFailed {
        String why = address == null || address.isBlank() ? "no address given" : WebAddress.whyNot(address);
        if (why != null) {
            throw new FetchFailed("Not a web address to fetch: " + why + ".");
        }
        try {
            URI uri = new URI(address.strip());
            if (uri.getHost() == null) {
                throw new FetchFailed("Not a web address to fetch: " + address.strip() + " names no host.");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new FetchFailed("Not a web address to fetch: " + e.getReason() + " in " + address.strip()
                    + "; copy the address from the browser's address bar.");
        }
    }

    /** Every address the host resolves to must be public; checked for each address a redirect leads to as well. */
    private void requirePublic(URI uri) throws FetchFailed {
        if (limits.allowPrivateAddresses()) {
            return;
        }
        String host = uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new FetchFailed(host + " is not known (no DNS record): check the address.");
        }
        for (InetAddress a : addresses) {
            if (!isPublic(a)) {
                throw new FetchFailed(uri + " is refused: " + host + " is a private, loopback or local network address"
                        + " (" + a.getHostAddress() + "), which Verbatim does not fetch. Save the page and upload"
                        + " it instead.");
            }
        }
    }

    /** Whether an address is on the public internet (not this machine, a local network, or multicast). */
    static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // "this network"
                    && !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT, 100.64/10
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved and broadcast
        }
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) { // unique local, fc00::/7
                return false;
            }
            boolean v4Mapped = true;
            for (int i = 0; i < 10; i++) {
                v4Mapped &= b[i] == 0;
            }
            if (v4Mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private HttpResponse<byte[]> get(URI uri) throws FetchFailed {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(limits.timeout())
                .header("Accept", "text/html,application/xhtml+xml;q=0.9")
                .header("User-Agent", "Verbatim article import").GET().build();
        CompletableFuture<HttpResponse<byte[]>> fetching = client.sendAsync(request, this::limitedBody);
        try {
            return fetching.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            fetching.cancel(true);
            throw timedOut(uri);
        } catch (InterruptedException e) {
            fetching.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchFailed("The fetch of " + uri + " was stopped.");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            for (Throwable t = cause; t != null; t = t.getCause()) {
                if (t instanceof FetchFailed failed) {
                    throw failed;
                }
            }
            if (cause instanceof HttpTimeoutException) {
                throw cause instanceof HttpConnectTimeoutException
                        ? new FetchFailed(uri.getHost() + " did not answer within " + seconds() + " s: check the"
                        + " address, or try again later.") : timedOut(uri);
            }
            if (cause instanceof ConnectException) {
                throw new FetchFailed(uri.getHost() + " refused the connection: check the address, or try again"
                        + " later.");
            }
            throw new FetchFailed("Could not fetch " + uri + ": " + (cause == null || cause.getMessage() == null
                    ? "the connection failed" : cause.getMessage()) + ". Try again, or upload a saved copy.");
        }
    }

    private FetchFailed timedOut(URI uri) {
        return new FetchFailed(uri + " took longer than " + seconds() + " s to send the page: try again later, or"
                + " save the page in a browser and upload it.");
    }

    private long seconds() {
        return Math.max(1, limits.timeout().toSeconds());
    }

    /**
     * Refuses what is no HTML, or says it is larger than allowed, before reading it; reads at most
     * {@code maxBytes} of the rest.
     */
    private HttpResponse.BodySubscriber<byte[]> limitedBody(HttpResponse.ResponseInfo info) {
        if (info.statusCode() != 200) {
            return HttpResponse.BodySubscribers.replacing(new byte[0]);
        }
        String type = mediaType(info.headers());
        if (!HTML_TYPES.contains(type)) {
            return failing(new FetchFailed("The address gives " + (type.isEmpty() ? "something without a type" : type)
                    + ", not an HTML page: download the file and upload it, or paste the article's text."));
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > limits.maxBytes()) {
            return failing(tooBig());
        }
        return new LimitedBytes(limits.maxBytes(), this::tooBig);
    }

    private FetchFailed tooBig() {
        return new FetchFailed(String.format(Locale.ROOT, "The page is larger than %,d bytes, more than an article"
                + " may have: save the article's text and paste it.", limits.maxBytes()));
    }

    private static HttpResponse.BodySubscriber<byte[]> failing(FetchFailed failure) {
        return new LimitedBytes(0, () -> failure) {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.cancel();
                fail();
            }
        };
    }

    private static String mediaType(HttpHeaders headers) {
        String value = headers.firstValue("Content-Type").orElse("");
        int semicolon = value.indexOf(';');
        return (semicolon < 0 ? value : value.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The body as UTF-8: a charset the server names is decoded first (ArticleText reads UTF-8 only). */
    private static byte[] utf8(HttpResponse<byte[]> response, URI uri) throws FetchFailed {
        String type = response.headers().firstValue("Content-Type").orElse("");
        var charset = java.util.regex.Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)").matcher(type);
        if (!charset.find()) {
            return response.body();
        }
        Charset named;
        try {
            named = Charset.forName(charset.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new FetchFailed(uri + " is in the character set “" + charset.group(1) + "”, which Verbatim cannot"
                    + " read: save the page as UTF-8 and upload it.");
        }
        return named.equals(StandardCharsets.UTF_8) ? response.body()
                : new String(response.body(), named).getBytes(StandardCharsets.UTF_8);
    }

    /** Collects a body up to a limit, and gives up (cancelling the transfer) as soon as it is passed. */
    private static class LimitedBytes implements HttpResponse.BodySubscriber<byte[]> {
        private final int max;
        private final java.util.function.Supplier<FetchFailed> tooBig;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        private Flow.Subscription subscription;

        LimitedBytes(int max, java.util.function.Supplier<FetchFailed> tooBig) {
            this.max = max;
            this.tooBig = tooBig;
        }

        void fail() {
            result.completeExceptionally(tooBig.get());
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer item : items) {
                if (bytes.size() + item.remaining() > max) {
                    subscription.cancel();
                    fail();
                    return;
                }
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
