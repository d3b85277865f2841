package org.putright.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.putright.complaints.Channel;
import org.putright.complaints.Decision;
import org.putright.ombudsman.Finding;
import org.putright.ombudsman.OmbudsmanRecords.OrderKind;

/**
 * One made-up case as planned, every date decided up front ({@link SyntheticHistory#play} stops at today). Either a
 * service request ({@code serviceRequestOn}), a complaint refused at stage 1 ({@code refusalGround}), or a complaint
 * with its stage 1 and perhaps an escalation (refused, or a stage 2), and after a stage 2 perhaps the Housing Ombudsman's
 * case ({@code ombudsman}).
 */
public record SyntheticCase(long number, int home, Instant receivedAt, LocalDate receivedOn, Channel channel, String serviceArea,
        String cause, String team, int areaIndex, LocalDate serviceRequestOn, LocalDate resolvedOn, String refusalGround,
        LocalDate refusedOn, Stage stage1, LocalDate escalationRequestedOn, String escalationReason, String escalationRefusalGround,
        LocalDate escalationRefusedOn, Stage stage2, Ombudsman ombudsman) {

    /**
     * A stage as it will go: acknowledged, case notes on the way (calls, chasers), perhaps extended, answered; the one
     * promised action, perhaps done.
     */
    public record Stage(int stage, LocalDate acknowledgedOn, String handler, List<Extension> extensions, int notes, LocalDate respondedOn,
            Decision decision, BigDecimal compensation, boolean action, LocalDate actionDoneOn) {
    }

    public record Extension(int workingDays, LocalDate informedOn, boolean goodReason) {
    }

    /**
     * The Ombudsman's case about a complaint answered at stage 2: referred, investigated, determined (one finding per
     * element), its orders and recommendations (made with the determination) and perhaps a complaint handling failure
     * order made while it investigated.
     */
    public record Ombudsman(String reference, LocalDate referredOn, LocalDate investigatingOn, LocalDate determinedOn,
            List<Finding> findings, List<Order> orders) {
    }

    /** {@code compliedOn}: when it was complied with (or the recommendation followed); null: never. */
    public record Order(OrderKind kind, String description, LocalDate madeOn, LocalDate dueOn, LocalDate compliedOn) {
    }

    static final class Builder {

        private final long number;
        private final int home;
        private final Instant receivedAt;
        private final LocalDate receivedOn;
        private final Channel channel;
        private final String serviceArea;
        private final String cause;
        private final String team;
        private final int areaIndex;
        private LocalDate serviceRequestOn;
        private LocalDate resolvedOn;
        private String refusalGround;
        private LocalDate refusedOn;
        private Stage stage1;
        private LocalDate escalationRequestedOn;
        private String escalationReason;
        private String escalationRefusalGround;
        private LocalDate escalationRefusedOn;
        private Stage stage2;
        private Ombudsman ombudsman;

        Builder(long number, int home, Instant receivedAt, LocalDate receivedOn, Channel channel, String serviceArea, String cause,
                String team, int areaIndex) {
            this.number = number;
            this.home = home;
            this.receivedAt = receivedAt;
            this.receivedOn = receivedOn;
            this.channel = channel;
            this.serviceArea = serviceArea;
            this.cause = cause;
            this.team = team;
            this.areaIndex = areaIndex;
        }

        Builder serviceRequest(LocalDate on, LocalDate resolved) {
            this.serviceRequestOn = on;
            this.resolvedOn = resolved;
            return this;
        }

        Builder refused(String ground, LocalDate on) {
            this.refusalGround = ground;
            this.refusedOn = on;
            return this;
        }

        Builder stage1(Stage stage) {
            this.stage1 = stage;
            return this;
        }

        Builder escalation(LocalDate requestedOn, String reason) {
            this.escalationRequestedOn = requestedOn;
            this.escalationReason = reason;
            return this;
        }

        Builder escalationRefused(String ground, LocalDate on) {
            this.escalationRefusalGround = ground;
            this.escalationRefusedOn = on;
            return this;
        }

        Builder stage2(Stage stage) {
            this.stage2 = stage;
            return this;
        }

        Builder ombudsman(Ombudsman ombudsman) {
            this.ombudsman = ombudsman;
            return this;
        }

        SyntheticCase build() {
            return new SyntheticCase(number, home, receivedAt, receivedOn, channel, serviceArea, cause, team, areaIndex, serviceRequestOn,
                    resolvedOn, refusalGround, refusedOn, stage1, escalationRequestedOn, escalationReason, escalationRefusalGround,
                    escalationRefusedOn, stage2, ombudsman);
        }
    }
}
