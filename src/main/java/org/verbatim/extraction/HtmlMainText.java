package org.verbatim.extraction;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Main text of an HTML page: the article element if there is one, blocks joined by blank lines, chrome removed. */
final class HtmlMainText {

    private static final String BLOCKS = "h1,h2,h3,h4,h5,h6,p,li,blockquote,pre";

    private HtmlMainText() {
    }

    static ArticleText extract(String html, String name) throws UnreadableArticleException {
        Document doc = Jsoup.parse(html);
        String title = doc.title().isBlank() ? null : doc.title().strip();
        Element h1 = doc.selectFirst("h1");
        if (title == null && h1 != null && !h1.text().isBlank()) {
            title = h1.text().strip();
        }
        doc.select("script,style,noscript,template,nav,header,footer,aside,form,iframe,svg,button,select").remove();
        Element root = doc.selectFirst("article");
        if (root == null) root = doc.selectFirst("[itemprop=articleBody]");
        if (root == null) root = doc.selectFirst("main");
        if (root == null) root = doc.body();
        StringBuilder sb = new StringBuilder();
        if (root != null) {
            Elements blocks = root.select(BLOCKS);
            for (Element block : blocks) {
                // a blockquote or li holding paragraphs is emitted through its paragraphs
                if (!block.select(BLOCKS).stream().allMatch(e -> e == block)) {
                    continue;
                }
                String t = block.text().strip();
                if (!t.isEmpty()) {
                    if (!sb.isEmpty()) sb.append("\n\n");
                    sb.append(t);
                }
            }
            if (sb.isEmpty()) {
                sb.append(root.wholeText().strip());
            }
        }
        if (sb.toString().isBlank()) {
            throw new UnreadableArticleException(name + " is HTML without readable text. Check that it is the article page, not a script-only shell.");
        }
        return ArticleText.fromHtml(sb.toString(), title);
    }
}
