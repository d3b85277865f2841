package org.putright.correspondence.mail;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Which files PutRight keeps from incoming mail: documents and pictures residents send as evidence, within a size
 * limit. Anything else is refused with a reason (the raw message still holds it, so nothing is lost).
 */
@Component
class AttachmentPolicy {

    static final Set<String> ALLOWED = Set.of("application/pdf", "image/jpeg", "image/png", "image/gif", "image/webp", "image/heic",
            "image/heif", "image/tiff", "image/bmp", "text/plain", "text/csv", "application/rtf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet");

    /** Many mail programs send every file as octet-stream; the extension then says what it is. */
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(Map.entry("pdf", "application/pdf"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"), Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"), Map.entry("heic", "image/heic"), Map.entry("tif", "image/tiff"), Map.entry("tiff", "image/tiff"),
            Map.entry("txt", "text/plain"), Map.entry("csv", "text/csv"), Map.entry("rtf", "application/rtf"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"), Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"));

    private final long maxBytes;

    AttachmentPolicy(MailSettings settings) {
        this.maxBytes = settings.attachmentMaxBytes();
    }

    /** The content type to record: the declared one, or the one the extension implies for a generic declaration. */
    String effectiveType(String filename, String declared) {
        if (declared == null || declared.equals("application/octet-stream")) {
            String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
            int dot = name.lastIndexOf('.');
            if (dot >= 0 && BY_EXTENSION.containsKey(name.substring(dot + 1))) {
                return BY_EXTENSION.get(name.substring(dot + 1));
            }
        }
        return declared == null ? "application/octet-stream" : declared;
    }

    /** Why a file is refused, or empty when it may be kept. */
    Optional<String> rejection(String effectiveType, long size) {
        if (size > maxBytes) {
            return Optional.of("larger than the limit of " + megabytes(maxBytes) + " (" + megabytes(size) + ")");
        }
        if (!ALLOWED.contains(effectiveType)) {
            return Optional.of("file type " + effectiveType + " is not accepted (documents, spreadsheets, PDFs, text and pictures are)");
        }
        return Optional.empty();
    }

    private static String megabytes(long bytes) {
        return bytes < 1024 * 1024 ? bytes + " bytes" : String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
