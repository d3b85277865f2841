package org.putright.identity;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.putright.shared.ConflictException;
import org.putright.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/** Staff administration pages (ADMIN): list, add, change roles, deactivate and reactivate. Nobody is ever deleted. */
@Controller
@RequestMapping("/staff")
@PreAuthorize("hasRole('ADMIN')")
class StaffPages {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,64}");

    private final StaffAccounts accounts;

    StaffPages(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String list(Model model) {
        List<StaffMember> staff = accounts.all();
        Map<String, Boolean> locked = new LinkedHashMap<>();
        staff.forEach(m -> locked.put(m.username(), accounts.lockedUntil(m.username()).isPresent()));
        model.addAttribute("staff", staff);
        model.addAttribute("locked", locked);
        return "identity/staff-list";
    }

    @GetMapping("/new")
    String newMember(Model model) {
        return newPage(model, "", "", Set.of(), new LinkedHashMap<>());
    }

    private String newPage(Model model, String username, String displayName, Set<String> roles, Map<String, String> errors) {
        model.addAttribute("username", username);
        model.addAttribute("displayName", displayName);
        model.addAttribute("chosen", roles);
        model.addAttribute("roles", Role.values());
        model.addAttribute("errors", errors);
        return "identity/staff-new";
    }

    @PostMapping("/new")
    String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
            @RequestParam(required = false) List<String> roles, @RequestParam(defaultValue = "") String password, Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = username.strip();
        if (name.isEmpty()) {
            errors.put("username", "Enter a username");
        }
        else if (!USERNAME.matcher(name).matches()) {
            errors.put("username", "Username must be 2 to 64 lower-case letters, digits, full stops, underscores or hyphens");
        }
        if (displayName.isBlank()) {
            errors.put("displayName", "Enter the person’s name");
        }
        else if (displayName.length() > 200) {
            errors.put("displayName", "Name must be 200 characters or fewer");
        }
        Set<Role> chosen = parseRoles(roles);
        if (chosen.isEmpty()) {
            errors.put("roles", "Select at least one role");
        }
        if (password.length() < 12) {
            errors.put("password", "Password must be at least 12 characters");
        }
        else if (password.length() > 200) {
            errors.put("password", "Password must be 200 characters or fewer");
        }
        if (errors.isEmpty()) {
            try {
                accounts.create(name, displayName.strip(), chosen, password, accounts.currentUsername());
                redirect.addFlashAttribute("success", displayName.strip() + " (" + name + ") added");
                return "redirect:/staff";
            }
            catch (ConflictException e) {
                errors.put("username", "Someone already has the username " + name);
            }
        }
        return newPage(model, username, displayName, chosen.stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()), errors);
    }

    @GetMapping("/{username}")
    String edit(@PathVariable String username, Model model) {
        return editPage(model, member(username), new LinkedHashMap<>());
    }

    private String editPage(Model model, StaffMember member, Map<String, String> errors) {
        model.addAttribute("member", member);
        model.addAttribute("chosen", member.roles().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("roles", Role.values());
        model.addAttribute("errors", errors);
        model.addAttribute("lockedUntil", accounts.lockedUntil(member.username())
                .map(until -> java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", java.util.Locale.UK)
                        .format(until.atZoneSameInstant(java.time.ZoneId.of("Europe/London"))))
                .orElse(null));
        model.addAttribute("self", member.username().equals(accounts.currentUsername()));
        return "identity/staff-edit";
    }

    @PostMapping("/{username}/roles")
    String changeRoles(@PathVariable String username, @RequestParam(required = false) List<String> roles, Model model,
            RedirectAttributes redirect) {
        StaffMember member = member(username);
        Set<Role> chosen = parseRoles(roles);
        if (chosen.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            errors.put("roles", "Select at least one role");
            return editPage(model, member, errors);
        }
        if (member.username().equals(accounts.currentUsername()) && !chosen.contains(Role.ADMIN)) {
            Map<String, String> errors = new LinkedHashMap<>();
            errors.put("roles", "You cannot remove your own administrator role");
            return editPage(model, member, errors);
        }
        accounts.changeRoles(member.username(), chosen, accounts.currentUsername());
        redirect.addFlashAttribute("success", "Roles changed for " + member.displayName());
        return "redirect:/staff/" + member.username();
    }

    @PostMapping("/{username}/deactivate")
    String deactivate(@PathVariable String username, Model model, RedirectAttributes redirect) {
        StaffMember member = member(username);
        if (member.username().equals(accounts.currentUsername())) {
            Map<String, String> errors = new LinkedHashMap<>();
            errors.put("deactivate", "You cannot deactivate your own account");
            return editPage(model, member, errors);
        }
        accounts.setActive(member.username(), false, accounts.currentUsername());
        redirect.addFlashAttribute("success", member.displayName() + " deactivated");
        return "redirect:/staff";
    }

    @PostMapping("/{username}/reactivate")
    String reactivate(@PathVariable String username, RedirectAttributes redirect) {
        StaffMember member = member(username);
        accounts.setActive(member.username(), true, accounts.currentUsername());
        redirect.addFlashAttribute("success", member.displayName() + " reactivated");
        return "redirect:/staff";
    }

    private StaffMember member(String username) {
        try {
            return accounts.find(username).orElseThrow(() -> new NotFoundException("No member of staff '" + username + "'"));
        }
        catch (NotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    private static Set<Role> parseRoles(List<String> roles) {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        if (roles != null) {
            for (String role : roles) {
                try {
                    parsed.add(Role.valueOf(role));
                }
                catch (IllegalArgumentException e) {
                    // ignore values that are not roles
                }
            }
        }
        return parsed;
    }
}
