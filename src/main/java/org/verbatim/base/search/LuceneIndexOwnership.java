package org.verbatim.base.search;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * On the Lucene default, one process at a time owns the index folder: the web application, or a command run beside
 * it. The owner holds a lock on {@code <index>/verbatim.owner} for as long as it runs, taken before anything else
 * starts (the database included); a second process is refused at once with who owns it and what to do, instead of
 * failing later on Lucene's {@code write.lock} or writing an index the owner never sees. With a search cluster
 * (Elasticsearch/OpenSearch) any number of nodes and commands share the index, and nothing is locked here.
 * <p>
 * Registered for every application context in {@code META-INF/spring.factories}; {@code verbatim.index-owner} names
 * the process (the command line sets it to its command).
 */
public final class LuceneIndexOwnership implements ApplicationContextInitializer<ConfigurableApplicationContext>,
        Ordered {

    public static final String FILE = "verbatim.owner";

    /** Index folders owned by this JVM, and by whom. */
    private static final java.util.Map<Path, String> HELD_HERE = new java.util.concurrent.ConcurrentHashMap<>();

    /** Another process owns the index folder. */
    public static final class IndexInUseException extends IllegalStateException {
        IndexInUseException(String message) {
            super(message);
        }
    }

    /** The lock held by this process; closing it lets another process take the index. */
    public static final class Held implements AutoCloseable {
        private final Path file;
        private final FileChannel channel;
        private final FileLock lock;

        private Held(Path file, FileChannel channel, FileLock lock) {
            this.file = file;
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() {
            try {
                lock.release();
                channel.close();
            } catch (IOException ignored) {
                // the lock goes with the process anyway
            } finally {
                HELD_HERE.remove(file);
            }
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        // after every initializer has placed its properties, before the first bean (the embedded database) starts
        context.addBeanFactoryPostProcessor((BeanFactoryPostProcessor) beanFactory -> {
            Environment env = context.getEnvironment();
            if (!"lucene".equalsIgnoreCase(env.getProperty("verbatim.search.backend", "lucene"))) {
                return;
            }
            String root = env.getProperty("spring.jpa.properties.hibernate.search.backend.directory.root");
            if (root == null || root.isBlank()) {
                return;
            }
            Held held = take(Path.of(root), env.getProperty("verbatim.index-owner", "the web application"));
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                    held.close();
                }
            });
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /**
     * Takes the index folder {@code root} for {@code owner} ("the web application", "the command import"), or says
     * who has it.
     */
    public static Held take(Path root, String owner) {
        Path file = root.toAbsolutePath().normalize().resolve(FILE);
        String me = owner + " (pid " + ProcessHandle.current().pid() + ")";
        // taken in this very JVM (another application context): never open the file a second time, since closing
        // any channel to it would drop this process's lock
        String here = HELD_HERE.putIfAbsent(file, me);
        if (here != null) {
            throw inUse(root, here, owner);
        }
        try {
            Files.createDirectories(root);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = read(channel);
                channel.close();
                HELD_HERE.remove(file);
                throw inUse(root, holder, owner);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new Held(file, channel, lock);
        } catch (IOException e) {
            HELD_HERE.remove(file);
            throw new IllegalStateException("Could not lock the search index folder " + root + ": " + e.getMessage(), e);
        }
    }

    private static IndexInUseException inUse(Path root, String holder, String owner) {
        String who = holder.isBlank() ? "another process" : holder;
        if (who.startsWith("the web application")) {
            return new IndexInUseException("The web application is running and owns the search index (" + who + ", "
                    + root + "): import through it (the Import screen or POST /api/articles), or stop it and run "
                    + owner.replaceFirst("^the command ", "") + " again. With a search cluster "
                    + "(VERBATIM_SEARCH_BACKEND=elasticsearch) both can run at once.");
        }
        return new IndexInUseException(who.substring(0, 1).toUpperCase() + who.substring(1) + " owns the search index "
                + root + ": wait until it has finished, or stop it, and start " + owner + " again.");
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(500);
        int n = channel.read(buffer, 0);
        return n <= 0 ? "" : new String(buffer.array(), 0, n, StandardCharsets.UTF_8).strip();
    }
}
