package org.putright.correspondence;

import org.springframework.stereotype.Component;

/**
 * Renders other modules' documents (a subject access export) as tagged PDFs (PDF/UA) with the same embedded fonts and
 * setup as letters, so every PDF PutRight produces is accessible in the same way.
 */
@Component
public class DocumentPdfs {

    private final LetterRenderer renderer;

    DocumentPdfs(LetterRenderer renderer) {
        this.renderer = renderer;
    }

    /** The PDF of a complete HTML document (with {@code lang} and a {@code title}); use the font family "DejaVu Sans". */
    public byte[] fromHtml(String html) {
        return renderer.pdf(html, false);
    }
}
