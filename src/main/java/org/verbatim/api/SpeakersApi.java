package org.verbatim.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.verbatim.api.ApiDtos.PageDto;
import org.verbatim.api.ApiDtos.SpeakerDto;
import org.verbatim.speaker.SpeakerRepository;

@RestController
@RequestMapping("/api/speakers")
@Tag(name = "Speakers", description = "The registry of people and organisations quotes are attributed to")
class SpeakersApi {

    private final SpeakerRepository speakers;
    private final TransactionTemplate reads;

    SpeakersApi(SpeakerRepository speakers, PlatformTransactionManager transactions) {
        this.speakers = speakers;
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
    }

    @GetMapping
    @Operation(summary = "Speakers by name")
    PageDto<SpeakerDto> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        var request = Paging.of(page, size, Sort.by("canonicalName", "id"));
        return reads.execute(s -> {
            var found = speakers.findAll(request);
            return new PageDto<>(found.map(SpeakerDto::of).toList(), page, size, found.getTotalElements());
        });
    }

    @GetMapping("/{id}")
    @Operation(summary = "One speaker")
    SpeakerDto get(@PathVariable long id) {
        return reads.execute(s -> speakers.findById(id).map(SpeakerDto::of)
                .orElseThrow(() -> new NotFoundException("No speaker " + id)));
    }
}
