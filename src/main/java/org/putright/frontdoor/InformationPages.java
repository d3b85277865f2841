package org.putright.frontdoor;

import org.putright.calendar.WorkingDays;
import org.putright.complaints.ComplaintScheme;
import org.putright.complaints.ComplaintService;
import org.putright.complaints.Schemes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door, the complaints policy and the accessibility statement. Timescales come from the scheme in force. */
@Controller
class InformationPages {

    private final Schemes schemes;
    private final WorkingDays workingDays;
    private final ComplaintService complaints;

    InformationPages(Schemes schemes, WorkingDays workingDays, ComplaintService complaints) {
        this.schemes = schemes;
        this.workingDays = workingDays;
        this.complaints = complaints;
    }

    @GetMapping("/")
    String frontDoor(Model model) {
        addScheme(model);
        return "frontdoor/index";
    }

    @GetMapping("/complaints-policy")
    String policy(Model model) {
        addScheme(model);
        model.addAttribute("grounds", complaints.refusalGrounds().stream().filter(ground -> ground.active()).toList());
        return "frontdoor/policy";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "frontdoor/accessibility";
    }

    private void addScheme(Model model) {
        ComplaintScheme scheme = schemes.forReceivedOn(workingDays.today());
        model.addAttribute("scheme", scheme);
        model.addAttribute("stage1", scheme.stage(1));
        model.addAttribute("stage2", scheme.stage(scheme.finalStage()));
    }
}
