package org.putright.frontdoor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;

/**
 * At most {@code max} attempts per client IP address and purpose in a sliding window, in memory. The map is bounded:
 * the least recently seen addresses are forgotten first. {@code X-Forwarded-For} is believed only when
 * {@code putright.frontdoor.behind-proxy=true} (otherwise anyone could claim any address).
 */
@Component
class SubmissionRateLimiter {

    static final int MAX_TRACKED_CLIENTS = 10_000;

    private final Clock clock;
    private final boolean behindProxy;
    private final int maxSubmissions;
    private final int maxLookups;
    private final Duration window;
    private final Map<String, Deque<Instant>> attempts = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_TRACKED_CLIENTS;
        }
    };

    SubmissionRateLimiter(Clock clock, @Value("${putright.frontdoor.behind-proxy:false}") boolean behindProxy,
            @Value("${putright.frontdoor.max-submissions:5}") int maxSubmissions,
            @Value("${putright.frontdoor.max-lookups:20}") int maxLookups,
            @Value("${putright.frontdoor.rate-window:PT10M}") Duration window) {
        this.clock = clock;
        this.behindProxy = behindProxy;
        this.maxSubmissions = maxSubmissions;
        this.maxLookups = maxLookups;
        this.window = window;
    }

    /** Records a complaint submission; false when this client has already made the most allowed in the window. */
    boolean allowSubmission(HttpServletRequest request) {
        return allow("submit:" + clientAddress(request), maxSubmissions);
    }

    /** Records a check-your-complaint attempt (guessing references and postcodes is slowed down the same way). */
    boolean allowLookup(HttpServletRequest request) {
        return allow("lookup:" + clientAddress(request), maxLookups);
    }

    synchronized boolean allow(String key, int max) {
        Instant now = clock.instant();
        Instant cutoff = now.minus(window);
        Deque<Instant> times = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.pollFirst();
        }
        if (times.size() >= max) {
            return false;
        }
        times.addLast(now);
        return true;
    }

    String clientAddress(HttpServletRequest request) {
        if (behindProxy) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                // the proxy appends the address it saw: the last entry is the one it vouches for
                String[] hops = forwarded.split(",");
                return hops[hops.length - 1].trim();
            }
        }
        return request.getRemoteAddr();
    }
}
