package org.veil.evaluate.report;

/**
 * Builds the report page's markup with every piece of text escaped, so that option values, data names
 * or attack names can never inject markup (OWASP XSS Prevention Cheat Sheet, rule 1: escape
 * {@code & < > " '} in element content and quoted attribute values). Not thread-safe (one per page).
 */
final class Html {
    private final StringBuilder out = new StringBuilder(1 << 16);

    /** {@code text} with {@code & < > " '} replaced by character references. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Appends trusted markup written in this package (never user text). */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends escaped text. */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Appends {@code <tag class="cls">text</tag>} with the text escaped; cls may be null. */
    Html element(String tag, String cls, String text) {
        out.append('<').append(tag);
        if (cls != null) {
            out.append(" class=\"").append(escape(cls)).append('"');
        }
        out.append('>').append(escape(text)).append("</").append(tag).append('>');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
