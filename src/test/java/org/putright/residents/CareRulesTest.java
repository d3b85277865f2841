package org.putright.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.putright.identity.Role;
import org.putright.identity.StaffMember;
import org.putright.shared.CodeRuleViolation;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The rules for restrictions and reviews, without a database. */
class CareRulesTest {

    static final LocalDate MAR_2 = LocalDate.of(2026, 3, 2);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void provision_5_14_no_restriction_kind_may_stop_a_complaint_being_logged_or_escalated() {
        for (String kind : List.of("NO_NEW_COMPLAINTS", "NO_ESCALATION", "no_complaints", "BLOCK_STAGE_2", "NO_OMBUDSMAN_REFERRAL")) {
            assertThatThrownBy(() -> RestrictionNeverBlocksComplaints.check(List.of("WRITTEN_CONTACT_ONLY", kind)))
                    .isInstanceOfSatisfying(CodeRuleViolation.class, e -> {
                        assertThat(e.provision()).isEqualTo("5.14");
                        assertThat(e.rule()).isEqualTo("RestrictionNeverBlocksComplaints");
                    });
        }
        for (RestrictionKind kind : RestrictionKind.values()) {
            assertThatNoException().isThrownBy(() -> RestrictionNeverBlocksComplaints.check(List.of(kind.name())));
        }
    }

    @Test
    void provision_5_14_a_restriction_is_approved_by_a_manager_other_than_the_proposer() {
        StaffMember manager = new StaffMember("m.one", "M One", Set.of(Role.MANAGER), true);
        StaffMember officer = new StaffMember("o.one", "O One", Set.of(Role.COMPLAINTS_OFFICER), true);
        StaffMember leaver = new StaffMember("m.gone", "M Gone", Set.of(Role.MANAGER), false);

        assertThatThrownBy(() -> RestrictionApprovedByAnotherManager.check("m.one", "m.one", Optional.of(manager)))
                .isInstanceOfSatisfying(CodeRuleViolation.class, e -> assertThat(e.provision()).isEqualTo("5.14"))
                .hasMessageContaining("cannot approve");
        assertThatThrownBy(() -> RestrictionApprovedByAnotherManager.check("m.two", "o.one", Optional.of(officer)))
                .isInstanceOf(CodeRuleViolation.class).hasMessageContaining("not an active manager");
        assertThatThrownBy(() -> RestrictionApprovedByAnotherManager.check("m.two", "m.gone", Optional.of(leaver)))
                .isInstanceOf(CodeRuleViolation.class);
        assertThatThrownBy(() -> RestrictionApprovedByAnotherManager.check("m.two", "nobody", Optional.empty()))
                .isInstanceOf(CodeRuleViolation.class);
        assertThatNoException().isThrownBy(() -> RestrictionApprovedByAnotherManager.check("o.one", "m.one", Optional.of(manager)));
    }

    @Test
    void provision_5_14_the_review_date_is_within_the_policy_limit() {
        assertThatNoException().isThrownBy(() -> RestrictionReviewWithinLimit.check(MAR_2, MAR_2.plusMonths(6), 6));
        assertThatThrownBy(() -> RestrictionReviewWithinLimit.check(MAR_2, MAR_2.plusMonths(6).plusDays(1), 6))
                .isInstanceOfSatisfying(CodeRuleViolation.class, e -> assertThat(e.provision()).isEqualTo("5.14"))
                .hasMessageContaining("2 September 2026");
        assertThatThrownBy(() -> RestrictionReviewWithinLimit.check(MAR_2, MAR_2.plusMonths(4), 3)).isInstanceOf(CodeRuleViolation.class);
    }

    @Test
    void provision_5_14_a_restriction_not_reviewed_by_its_date_lapses_and_stops_applying() {
        var restriction = restriction(MAR_2, MAR_2.plusMonths(3), null);

        assertThat(restriction.statusOn(MAR_2.minusDays(1))).isEqualTo(ContactRestrictions.Status.NOT_STARTED);
        assertThat(restriction.statusOn(MAR_2)).isEqualTo(ContactRestrictions.Status.ACTIVE);
        assertThat(restriction.statusOn(MAR_2.plusMonths(3))).isEqualTo(ContactRestrictions.Status.ACTIVE);
        assertThat(restriction.statusOn(MAR_2.plusMonths(3).plusDays(1))).isEqualTo(ContactRestrictions.Status.LAPSED);
        assertThat(restriction.appliesOn(MAR_2.plusMonths(3).plusDays(1))).isFalse();

        var lifted = restriction(MAR_2, MAR_2.plusMonths(3), MAR_2.plusDays(10));
        assertThat(lifted.statusOn(MAR_2.plusDays(9))).isEqualTo(ContactRestrictions.Status.ACTIVE);
        assertThat(lifted.statusOn(MAR_2.plusDays(10))).isEqualTo(ContactRestrictions.Status.LIFTED);
    }

    @Test
    void provision_5_10_an_adjustment_shows_its_review_as_due_then_overdue_and_ended_ones_not_at_all() {
        var adjustment = new Adjustments.Adjustment(UUID.randomUUID(), UUID.randomUUID(), AdjustmentKind.LARGE_PRINT, "Large print", null,
                MAR_2, "o.one", MAR_2.plusMonths(6), null, null, Instant.now(), List.of());
        LocalDate review = MAR_2.plusMonths(6);

        assertThat(adjustment.reviewTag(review.minusDays(30), review.minusDays(23))).isNull();
        assertThat(adjustment.reviewTag(review.minusDays(3), review.plusDays(4))).isEqualTo("Review due");
        assertThat(adjustment.reviewTag(review.plusDays(1), review.plusDays(8))).isEqualTo("Review overdue");
        assertThat(adjustment.activeOn(review.plusDays(1))).as("an adjustment overdue for review still applies").isTrue();
        var ended = new Adjustments.Adjustment(adjustment.id(), adjustment.residentId(), AdjustmentKind.LARGE_PRINT, "Large print", null,
                MAR_2, "o.one", review, MAR_2.plusDays(5), "No longer needed", Instant.now(), List.of());
        assertThat(ended.reviewTag(review.plusDays(1), review.plusDays(8))).isNull();
        assertThat(ended.activeOn(MAR_2.plusDays(5))).isFalse();
    }

    @Test
    void special_category_roles_are_configurable_and_exclude_admin_and_governance_by_default() {
        SpecialCategoryAccess byDefault = new SpecialCategoryAccess(List.of("COMPLAINTS_OFFICER,INVESTIGATING_OFFICER,MANAGER"));
        SpecialCategoryAccess managersOnly = new SpecialCategoryAccess(List.of("MANAGER"));

        for (String role : List.of("ADMIN", "GOVERNANCE_VIEWER")) {
            signInAs(role);
            assertThat(byDefault.permitted()).as(role).isFalse();
        }
        signInAs("COMPLAINTS_OFFICER");
        assertThat(byDefault.permitted()).isTrue();
        assertThat(managersOnly.permitted()).isFalse();
        signInAs("MANAGER");
        assertThat(managersOnly.permitted()).isTrue();
        SecurityContextHolder.clearContext();
        assertThat(byDefault.permitted()).isFalse();
    }

    private static void signInAs(String role) {
        var authentication = new TestingAuthenticationToken("someone", "x", "ROLE_" + role);
        authentication.setAuthenticated(true);
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    private static ContactRestrictions.Restriction restriction(LocalDate startsOn, LocalDate reviewOn, LocalDate endedOn) {
        return new ContactRestrictions.Restriction(UUID.randomUUID(), UUID.randomUUID(), List.of(RestrictionKind.WRITTEN_CONTACT_ONLY), null,
                "b", "e", "p", "q", "o.one", "m.one", startsOn, startsOn, reviewOn, endedOn, endedOn == null ? null : "Behaviour stopped",
                Instant.now(), List.of());
    }
}
