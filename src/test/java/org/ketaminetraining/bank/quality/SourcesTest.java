package org.ketaminetraining.bank.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.BankSnapshot;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.Reference;

/**
 * Issue 19, point 2: every item is cited to a primary source. Each reference has a web address whose host is one
 * of {@link #PRIMARY_HOSTS} (never a mirror, a proxy, a file-sharing site or a bare IP address), and every item
 * that mentions the REMS says which REMS it teaches (a year in its stem, explanation or a reference title). The
 * checks run over the main bank and over the bank with the demo overlay on top, as demo mode loads it.
 * {@code questions/SOURCES.md} section P maps each fact-base source to its primary address.
 */
class SourcesTest {

    /** The hosts a reference may point to, by group; anything else fails. The one list of them. */
    static final Set<String> PRIMARY_HOSTS = Stream.of(
            // The FDA-approved labels themselves (SPL on DailyMed, the FDA's own label and REMS pages) and the
            // federal register and regulations: the text of record for a label number, the REMS or the scheduling.
            List.of("dailymed.nlm.nih.gov", "www.accessdata.fda.gov", "www.fda.gov", "www.govinfo.gov",
                    "www.ecfr.gov", "www.federalregister.gov", "www.deadiversion.usdoj.gov", "www.dea.gov"),
            // The manufacturers' own prescribing information, medical information and REMS sites: they publish
            // the label and answer for it (Janssen/J&J for Spravato, Pfizer/Hospira for ketamine injection).
            List.of("www.janssenlabels.com", "www.pfizermedicalinformation.com", "pfizermedicalinformation.com",
                    "www.spravatohcp.com", "www.spravatorems.com", "www.jnjmedicalconnect.com"),
            // The publication of record of a trial or review: its DOI, its PubMed or PMC record, NCBI Bookshelf
            // (StatPearls, LiverTox) and the Cochrane Library.
            List.of("doi.org", "pubmed.ncbi.nlm.nih.gov", "pmc.ncbi.nlm.nih.gov", "www.ncbi.nlm.nih.gov",
                    "www.cochranelibrary.com"),
            // The trial registry of record (NIH): for a trial's design and for whether results are posted.
            List.of("clinicaltrials.gov"),
            // Regulators' and public health services' own pages: the EU regulator (publisher of the Spravato
            // SmPC, the EU label the bank compares with the US one) and the NHS Specialist Pharmacy Service
            // (its notice of the 2023 US respiratory-depression label change).
            List.of("www.ema.europa.eu", "www.medicinesresources.nhs.uk"),
            // Professional bodies and guideline developers publishing their own guidance: anaesthesia, emergency
            // medicine, pain, paediatrics, NICE, the Royal College of Anaesthetists, CANMAT, the VA/DoD
            // guideline programme, e-lactancia (APILAM, a breastfeeding professional association) and e-Learning
            // Anaesthesia (the Royal College of Anaesthetists' programme with Health Education England).
            List.of("www.asahq.org", "www.acep.org", "www.asra.com", "publications.aap.org", "www.nice.org.uk",
                    "www.rcoa.ac.uk", "canmat.org", "www.healthquality.va.gov", "www.e-lactancia.org",
                    "www.e-safe-anaesthesia.org"),
            // A journal's own page for an article that has no DOI or PubMed record (Louvain Medical).
            List.of("louvainmedical.be"))
            .flatMap(List::stream).collect(Collectors.toUnmodifiableSet());

    private static final Pattern IP_HOST = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|\\[?[0-9a-f:]+:[0-9a-f:]*\\]?");
    private static final Pattern REMS = Pattern.compile("\\bREMS\\b");
    private static final Pattern YEAR = Pattern.compile("\\b20\\d\\d\\b");

    private static BankSnapshot bank;
    private static BankSnapshot withDemo;

    @BeforeAll
    static void load() {
        bank = ShippedBank.main();
        withDemo = ShippedBank.withDemo();
    }

    @Test
    void everyReferenceHasAnAddressOnAPrimaryHost() {
        for (BankSnapshot measured : List.of(bank, withDemo)) {
            List<String> wrong = new ArrayList<>();
            for (Question q : measured.questions()) {
                for (Reference r : q.references()) {
                    Optional<String> problem = problem(r);
                    problem.ifPresent(p -> wrong.add(q.id() + ": " + p + " (" + r.title() + ")"));
                }
            }
            assertThat(wrong).as("references not on a primary host").isEmpty();
        }
    }

    @Test
    void everyItemOnTheRemsNamesTheRemsItTeaches() {
        List<String> undated = new ArrayList<>();
        for (Question q : withDemo.questions()) {
            String text = q.stem() + "\n" + q.answer() + "\n" + q.explanation();
            if (!REMS.matcher(text).find()) {
                continue;
            }
            boolean dated = Stream.concat(Stream.of(q.stem(), q.explanation()),
                    q.references().stream().map(Reference::title)).anyMatch(SourcesTest::remsWithYear);
            if (!dated) {
                undated.add(q.id());
            }
        }
        assertThat(undated).as("items on the REMS that do not say which REMS (a year)").isEmpty();
    }

    @Test
    void theGateRefusesMirrorsProxiesAndIpHosts() {
        assertThat(problem(Reference.withUrl("t", "http://47.251.13.51:8081/38188539"))).isPresent();
        assertThat(problem(Reference.withUrl("t", "https://www.scribd.com/document/1"))).isPresent();
        assertThat(problem(Reference.withUrl("t", "https://melakarnets.com/proxy/index.php?q=x"))).isPresent();
        assertThat(problem(new Reference("t", Optional.empty(), Optional.of("Fact base S1")))).isPresent();
        assertThat(problem(Reference.withUrl("t", "https://doi.org/10.1176/appi.ajp.2013.13030392"))).isEmpty();
        assertThat(remsWithYear("FDA Approved REMS, Spravato, REMS last updated 12/31/2024")).isTrue();
        assertThat(remsWithYear("the Spravato REMS requires a pulse oximeter")).isFalse();
    }

    /** Why a reference is not on a primary host, or empty if it is. */
    static Optional<String> problem(Reference r) {
        if (r.url().isEmpty()) {
            return Optional.of("no url");
        }
        String host;
        try {
            host = URI.create(r.url().get().strip()).getHost();
        } catch (IllegalArgumentException e) {
            return Optional.of("url does not parse: " + r.url().get());
        }
        if (host == null) {
            return Optional.of("url has no host: " + r.url().get());
        }
        host = host.toLowerCase(Locale.ROOT);
        if (IP_HOST.matcher(host).matches()) {
            return Optional.of("IP-address host " + host);
        }
        if (!PRIMARY_HOSTS.contains(host)) {
            return Optional.of("host not on the list: " + host);
        }
        return Optional.empty();
    }

    /** True when the text names the REMS and, in the same sentence or title, a year. */
    static boolean remsWithYear(String text) {
        for (String sentence : text.split("(?<=[.;!?])\\s+|\\n\\s*\\n")) {
            if (REMS.matcher(sentence).find() && YEAR.matcher(sentence).find()) {
                return true;
            }
        }
        return false;
    }
}
