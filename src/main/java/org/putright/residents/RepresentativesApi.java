package org.putright.residents;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.putright.residents.Representatives.Consent;
import org.putright.residents.Representatives.NewRepresentative;
import org.putright.residents.ResidentRepresentative.ConsentHow;
import org.putright.residents.ResidentRepresentative.CorrespondenceTo;
import org.putright.residents.ResidentRepresentative.Scope;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Representatives and consent (3.6, 1.3) over the API: list and add for a resident, record consent, record its withdrawal. */
@RestController
class RepresentativesApi {

    private final Representatives representatives;
    private final ResidentStore residents;

    RepresentativesApi(Representatives representatives, ResidentStore residents) {
        this.representatives = representatives;
        this.residents = residents;
    }

    /** Consent as given: how, on which date, what it covers, until when, and who letters go to. */
    record ConsentRequest(ConsentHow how, LocalDate on, Scope scope, UUID complaintId, LocalDate expiresOn,
            CorrespondenceTo correspondenceTo, String note) {
    }

    record WithdrawalRequest(LocalDate on, String reason) {
    }

    @GetMapping("/api/v1/residents/{id}/representatives")
    List<ResidentRepresentative> list(@PathVariable UUID id) {
        residents.find(id).orElseThrow(() -> new org.putright.shared.NotFoundException("No resident with id " + id));
        return representatives.forResident(id);
    }

    @PostMapping("/api/v1/residents/{id}/representatives")
    @ResponseStatus(HttpStatus.CREATED)
    ResidentRepresentative add(@PathVariable UUID id, @RequestBody NewRepresentative request) {
        return representatives.add(id, request);
    }

    @GetMapping("/api/v1/representatives/{id}")
    ResidentRepresentative get(@PathVariable UUID id) {
        return representatives.get(id);
    }

    @PostMapping("/api/v1/representatives/{id}/consent")
    ResidentRepresentative consent(@PathVariable UUID id, @RequestBody ConsentRequest request) {
        return representatives.recordConsent(id, new Consent(request.how(), request.on(), request.scope(), request.complaintId(),
                request.expiresOn(), request.correspondenceTo(), request.note()));
    }

    @PostMapping("/api/v1/representatives/{id}/withdrawal")
    ResidentRepresentative withdraw(@PathVariable UUID id, @RequestBody WithdrawalRequest request) {
        return representatives.withdraw(id, request.on(), request.reason());
    }
}
