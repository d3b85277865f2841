package org.putright.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A check of a letter's wording before it is issued (6.9 and 6.19: "in clear, plain language"): a Flesch reading-ease
 * score, words and phrases from the landlord's list with plainer choices, and sentences longer than the limit. It
 * advises the officer; it does not refuse, as no score can decide whether a letter is clear.
 */
@Component
public class PlainLanguage {

    /** Sentences longer than this many words are listed (GOV.UK style advises 25 at most). */
    public static final int LONG_SENTENCE_WORDS = 25;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n\\s*\\n|\\n(?=\\s*[-•*])");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’-]*");

    public record Finding(String phrase, String suggestion, int count) {
    }

    public record LongSentence(String sentence, int words) {
    }

    /**
     * {@code score}: Flesch reading ease, 0–100 (60 or more is plain English for most readers); {@code grade}: a
     * description of the score.
     */
    public record Report(int words, int sentences, double score, String grade, List<Finding> jargon, List<LongSentence> longSentences) {

        public boolean isPlain() {
            return score >= 60 && jargon.isEmpty() && longSentences.isEmpty();
        }
    }

    private final Map<String, String> words;

    @org.springframework.beans.factory.annotation.Autowired
    public PlainLanguage(@Value("${putright.plain-language.words:}") String wordListPath) {
        this.words = wordListPath == null || wordListPath.isBlank() ? shipped() : load(Path.of(wordListPath));
    }

    /** For tests and callers with their own list. */
    public PlainLanguage(Map<String, String> words) {
        this.words = new LinkedHashMap<>(words);
    }

    public Map<String, String> words() {
        return Map.copyOf(words);
    }

    public Report check(String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            return new Report(0, 0, 100, grade(100), List.of(), List.of());
        }
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(body)) {
            if (WORD.matcher(sentence).find()) {
                sentences.add(sentence.strip());
            }
        }
        int wordCount = 0;
        int syllables = 0;
        List<LongSentence> longOnes = new ArrayList<>();
        for (String sentence : sentences) {
            int inSentence = 0;
            Matcher m = WORD.matcher(sentence);
            while (m.find()) {
                inSentence++;
                syllables += syllables(m.group());
            }
            wordCount += inSentence;
            if (inSentence > LONG_SENTENCE_WORDS) {
                longOnes.add(new LongSentence(sentence, inSentence));
            }
        }
        double score = 206.835 - 1.015 * ((double) wordCount / Math.max(1, sentences.size()))
                - 84.6 * ((double) syllables / Math.max(1, wordCount));
        score = Math.max(0, Math.min(100, Math.round(score * 10) / 10.0));
        List<Finding> jargon = new ArrayList<>();
        String lower = body.toLowerCase(Locale.ROOT);
        words.forEach((phrase, suggestion) -> {
            Matcher found = Pattern.compile("(?<![A-Za-z])" + Pattern.quote(phrase.toLowerCase(Locale.ROOT)) + "(?![A-Za-z])")
                    .matcher(lower);
            int count = 0;
            while (found.find()) {
                count++;
            }
            if (count > 0) {
                jargon.add(new Finding(phrase, suggestion, count));
            }
        });
        return new Report(wordCount, sentences.size(), score, grade(score), jargon, longOnes);
    }

    static String grade(double score) {
        if (score >= 70) {
            return "Easy to read";
        }
        if (score >= 60) {
            return "Plain English";
        }
        if (score >= 50) {
            return "Fairly difficult";
        }
        if (score >= 30) {
            return "Difficult";
        }
        return "Very difficult";
    }

    /** Counts vowel groups, less a silent final e: close enough for a reading-ease score. */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.length() <= 3) {
            return 1;
        }
        w = w.replaceAll("(?:[^laeiouy]es|ed|[^laeiouy]e)$", "").replaceAll("^y", "");
        Matcher groups = Pattern.compile("[aeiouy]{1,2}").matcher(w);
        int count = 0;
        while (groups.find()) {
            count++;
        }
        return Math.max(1, count);
    }

    private static Map<String, String> shipped() {
        try (InputStream in = new ClassPathResource("plain-language/words.txt").getInputStream()) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> load(Path path) {
        try {
            return parse(Files.readString(path));
        }
        catch (IOException e) {
            throw new IllegalStateException("Cannot read the plain-language word list " + path + " (PUTRIGHT_PLAIN_LANGUAGE_WORDS)", e);
        }
    }

    static Map<String, String> parse(String text) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("\\s*(?:=|\\t)\\s*", 2);
            parsed.put(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "");
        }
        return parsed;
    }
}
