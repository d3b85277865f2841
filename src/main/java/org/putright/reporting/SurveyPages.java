package org.putright.reporting;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.putright.shared.ConflictException;
import org.putright.shared.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The resident's satisfaction survey after their complaint is closed: public (the link's random token is the only key),
 * one question and an optional comment, answered once.
 */
@Controller
class SurveyPages {

    private final SatisfactionSurvey survey;

    SurveyPages(SatisfactionSurvey survey) {
        this.survey = survey;
    }

    @GetMapping("/survey/{token}")
    String page(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<SatisfactionSurvey.Invitation> invitation = survey.find(token);
        if (invitation.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "reporting/survey-not-found";
        }
        if (invitation.get().answered()) {
            return "reporting/survey-answered";
        }
        return render(token, invitation.get(), model, null, null, new LinkedHashMap<>());
    }

    @PostMapping("/survey/{token}")
    String answer(@PathVariable String token, @RequestParam(required = false) String rating, @RequestParam(required = false) String comment,
            Model model, HttpServletResponse response) {
        Optional<SatisfactionSurvey.Invitation> invitation = survey.find(token);
        if (invitation.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "reporting/survey-not-found";
        }
        Map<String, String> errors = new LinkedHashMap<>();
        SurveyRating chosen = Arrays.stream(SurveyRating.values()).filter(r -> r.name().equals(rating)).findFirst().orElse(null);
        if (chosen == null) {
            errors.put("rating", "Select how satisfied you are with how we handled your complaint");
        }
        if (comment != null && comment.strip().length() > SatisfactionSurvey.COMMENT_MAX) {
            errors.put("comment", "Your comment must be " + SatisfactionSurvey.COMMENT_MAX + " characters or fewer");
        }
        if (errors.isEmpty()) {
            try {
                survey.answer(token, chosen, comment);
                return "reporting/survey-thanks";
            }
            catch (ConflictException alreadyAnswered) {
                response.setStatus(HttpStatus.CONFLICT.value());
                return "reporting/survey-answered";
            }
            catch (InvalidRequestException e) {
                errors.put(e.field(), e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return render(token, invitation.get(), model, rating, comment, errors);
    }

    private static String render(String token, SatisfactionSurvey.Invitation invitation, Model model, String rating, String comment,
            Map<String, String> errors) {
        model.addAttribute("token", token);
        model.addAttribute("reference", invitation.reference());
        model.addAttribute("ratings", SurveyRating.values());
        model.addAttribute("rating", rating);
        model.addAttribute("comment", comment);
        model.addAttribute("commentMax", SatisfactionSurvey.COMMENT_MAX);
        model.addAttribute("errors", errors);
        return "reporting/survey";
    }
}
