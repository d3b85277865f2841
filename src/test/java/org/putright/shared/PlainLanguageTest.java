package org.putright.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** 6.9 / 6.19 "clear, plain language": the wording check officers see before issuing a response. */
class PlainLanguageTest {

    final PlainLanguage shipped = new PlainLanguage("");

    @Test
    void short_everyday_sentences_score_as_plain_english() {
        var report = shipped.check("We are sorry. The repair was late. We will fix your boiler on Monday. We will call you first.");
        assertThat(report.sentences()).isEqualTo(4);
        assertThat(report.words()).isEqualTo(19);
        assertThat(report.score()).isGreaterThanOrEqualTo(70);
        assertThat(report.grade()).isEqualTo("Easy to read");
        assertThat(report.isPlain()).isTrue();
    }

    @Test
    void long_sentences_and_listed_words_are_reported_with_plainer_choices() {
        String text = "Notwithstanding the aforementioned considerations, we will endeavour to ascertain whether remediation "
                + "of the disrepair identified in accordance with our responsive repairs policy can be facilitated prior to "
                + "the commencement of the scheduled programme of works in relation to your property and neighbouring properties. "
                + "We will commence soon.";
        var report = shipped.check(text);
        assertThat(report.score()).isLessThan(30);
        assertThat(report.grade()).isEqualTo("Very difficult");
        assertThat(report.longSentences()).hasSize(1);
        assertThat(report.longSentences().getFirst().words()).isGreaterThan(25);
        assertThat(report.jargon()).extracting(PlainLanguage.Finding::phrase)
                .contains("notwithstanding", "aforementioned", "endeavour", "ascertain", "remediation", "in accordance with",
                        "prior to", "in relation to", "disrepair", "commence")
                .doesNotContain("utilise");
        assertThat(report.jargon()).filteredOn(f -> f.phrase().equals("ascertain")).first()
                .extracting(PlainLanguage.Finding::suggestion).isEqualTo("find out");
        assertThat(report.isPlain()).isFalse();
    }

    @Test
    void a_word_is_matched_whole_not_inside_another_word() {
        var report = shipped.check("The avoidance of doubt matters. The home is not void.");
        assertThat(report.jargon()).extracting(PlainLanguage.Finding::phrase).containsExactly("void");
        assertThat(report.jargon().getFirst().count()).isEqualTo(1);
    }

    @Test
    void the_landlord_can_supply_its_own_word_list() {
        Map<String, String> own = PlainLanguage.parse("# ours\nDLO = our repairs team\nvoid\n\n");
        assertThat(own).containsEntry("DLO", "our repairs team").containsEntry("void", "");
        var report = new PlainLanguage(own).check("The DLO visited.");
        assertThat(report.jargon()).extracting(PlainLanguage.Finding::phrase).containsExactly("DLO");
    }

    @Test
    void syllables_are_counted_closely_enough_for_a_score() {
        assertThat(PlainLanguage.syllables("cat")).isEqualTo(1);
        assertThat(PlainLanguage.syllables("repair")).isEqualTo(2);
        assertThat(PlainLanguage.syllables("remediation")).isGreaterThanOrEqualTo(4);
        assertThat(PlainLanguage.syllables("home")).isEqualTo(1);
    }

    @Test
    void empty_text_has_nothing_to_report() {
        var report = shipped.check("  ");
        assertThat(report.words()).isZero();
        assertThat(report.jargon()).isEmpty();
    }
}
