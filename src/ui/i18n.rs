//! Every text on the page, one typed catalogue per language: a text missing in one language is
//! a missing struct field, so it fails to compile. The rules' own sentences (reasons, ydelse
//! lines, input errors) arrive in both languages with the assessment and are picked by `Lang`.

use super::form_state::Problem;
use crate::rules::tekst;
use chrono::NaiveDate;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Da,
    En,
}

impl Lang {
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }

    /// Picks the Danish or English variant of a text that comes from the rules.
    pub fn pick<'a>(self, da: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Da => da,
            Lang::En => en,
        }
    }
}

pub struct Texts {
    /// The `lang` attribute of the document.
    pub code: &'static str,
    pub skip_link: &'static str,
    pub portal_bar: &'static str,
    pub title: &'static str,
    pub solution_sub: &'static str,
    pub lead: &'static str,
    pub guidance_heading: &'static str,
    pub guidance_text: &'static str,
    pub privacy: &'static str,

    pub form_heading: &'static str,
    pub form_intro: &'static str,
    pub to_results: &'static str,
    pub show_all_fields: &'static str,
    pub show_all_fields_hint: &'static str,
    pub date_hint: &'static str,
    pub amount_hint: &'static str,

    pub about_legend: &'static str,
    pub birth_date: &'static str,
    pub forsoerger: &'static str,
    pub forsoerger_hint: &'static str,
    pub hjemmeboende: &'static str,
    pub hjemmeboende_hint: &'static str,

    pub new_legend: &'static str,
    pub date: &'static str,
    pub date_extra_hint: &'static str,
    pub wishes_forloeb: &'static str,
    pub wishes_forloeb_hint: &'static str,
    pub advanced: &'static str,
    pub decision_date: &'static str,
    pub decision_date_hint: &'static str,

    pub previous_legend: &'static str,
    pub previous_hint: &'static str,
    pub previous_none: &'static str,
    pub previous_row: fn(usize) -> String,
    pub previous_start: &'static str,
    pub previous_end: &'static str,
    pub previous_excluded: &'static str,
    pub previous_excluded_hint: &'static str,
    pub previous_remove: fn(usize) -> String,
    pub previous_add: &'static str,
    /// Shown when the add button is disabled at `MAX_ROWS` rows: why.
    pub previous_max: &'static str,

    pub support_legend: &'static str,
    pub ydelse_before: &'static str,
    /// Labels of `kontanthjaelp`, `sygedagpenge`, `ledighedsydelse`, `foertidspension`, `other`.
    pub ydelse_before_options: [&'static str; 5],
    pub ydelse_before_monthly: &'static str,
    pub ydelse_before_monthly_hint: &'static str,
    pub sygedagpenge_until: &'static str,
    pub sygedagpenge_until_hint: &'static str,
    pub other_income_monthly: &'static str,
    pub other_income_monthly_hint: &'static str,
    pub wage_income_monthly: &'static str,
    pub wage_income_monthly_hint: &'static str,

    pub sick_legend: &'static str,
    pub on_sygedagpenge: &'static str,
    pub on_sygedagpenge_hint: &'static str,
    pub extension: &'static str,
    pub extension_hint: &'static str,
    pub unfit_for_work: &'static str,

    pub kommune_legend: &'static str,
    pub kommune_hint: &'static str,
    /// Labels of `yes`, `no`, `unclear`.
    pub answers: [&'static str; 3],
    pub target_group: &'static str,
    pub target_group_hint: &'static str,
    pub perspective: &'static str,
    pub perspective_hint: &'static str,
    pub indicators_summary: &'static str,
    pub indicators_for: &'static str,
    pub indicators_for_list: [&'static str; 4],
    pub indicators_against: &'static str,
    pub indicators_against_list: [&'static str; 4],
    pub indicators_source: &'static str,

    pub rates_legend: &'static str,
    pub rate_year: &'static str,
    pub rate_year_hint: &'static str,

    pub results_heading: &'static str,
    pub results_waiting: &'static str,
    pub results_invalid: &'static str,
    pub results_pending: &'static str,
    pub summary_label: &'static str,
    pub no_script: &'static str,
    pub form_still_here: &'static str,
    pub no_wasm_heading: &'static str,
    pub no_wasm: &'static str,
    pub notices_heading: &'static str,
    pub rates_used: fn(i32) -> String,
    pub why: &'static str,
    pub next: &'static str,
    pub uncertain: &'static str,
    pub good_to_know: &'static str,

    pub rf_heading: &'static str,
    pub rf_possible: fn(&str) -> String,
    pub rf_possible_no_limit: &'static str,
    pub rf_only_if_wished: &'static str,
    pub rf_only_if_wished_sub: fn(&str) -> String,
    pub rf_not_possible: &'static str,
    pub rf_insufficient: &'static str,
    pub rf_latest_end: fn(&str) -> String,

    pub ja_heading: &'static str,
    pub ja_entitled: &'static str,
    pub ja_entitled_sub: fn(&str) -> String,
    pub ja_not_entitled: &'static str,
    pub ja_insufficient: &'static str,
    pub ja_not_applicable: &'static str,
    pub ja_ydelse: fn(&str) -> String,

    pub y_heading: &'static str,
    pub y_headline: fn(&str) -> String,
    pub y_foertidspension: &'static str,
    pub y_not_applicable: &'static str,
    pub sources_link: &'static str,
    pub sources_link_rest: &'static str,
    pub y_lines_caption: &'static str,
    pub y_amount: &'static str,
    pub y_total: &'static str,

    pub milestones_heading: &'static str,
    pub ms_40: &'static str,
    pub ms_50: &'static str,
    pub ms_six_years: &'static str,
    pub ms_pension: fn(&str) -> String,
    pub ms_days_used: &'static str,
    pub days: fn(u32) -> String,

    pub not_covered_heading: &'static str,
    pub not_covered: [&'static str; 5],

    pub errors_heading: &'static str,
    pub error_prefix: &'static str,
    pub err_required: &'static str,
    pub err_date: &'static str,
    pub err_no_such_date: &'static str,
    pub err_amount: &'static str,
    pub err_negative: &'static str,
    pub err_too_large: &'static str,
    pub err_days: &'static str,
    pub err_future: &'static str,
    pub err_choice: &'static str,

    pub footer_text: &'static str,
    pub languages_label: &'static str,
    pub selected_language: &'static str,

    /// Formatting shared with the rules' own sentences (`rules::tekst`).
    pub fmt_date: fn(NaiveDate) -> String,
    pub fmt_kr: fn(f64) -> String,
    pub years_months: fn(u32, u32) -> String,
}

impl Texts {
    pub fn date(&self, d: NaiveDate) -> String {
        (self.fmt_date)(d)
    }

    /// Whole kroner: "11.698 kr." / "DKK 11,698".
    pub fn kr(&self, kr: i64) -> String {
        (self.fmt_kr)(kr as f64)
    }

    /// A line of the worked calculation, rounded to whole kroner like the total.
    pub fn kr_f(&self, kr: f64) -> String {
        (self.fmt_kr)(kr.round())
    }

    pub fn duration(&self, months: u32) -> String {
        (self.years_months)(months / 12, months % 12)
    }

    /// The message for a field problem; the rules' messages come in both languages.
    pub fn problem<'a>(&self, problem: &'a Problem) -> &'a str {
        match problem {
            Problem::Required => self.err_required,
            Problem::NotADate => self.err_date,
            Problem::NoSuchDate => self.err_no_such_date,
            Problem::NotAnAmount => self.err_amount,
            Problem::Negative => self.err_negative,
            Problem::TooLarge => self.err_too_large,
            Problem::NotWholeDays => self.err_days,
            Problem::InFuture => self.err_future,
            Problem::NotAChoice => self.err_choice,
            Problem::Rule { da, en } => match self.code {
                "da" => da,
                _ => en,
            },
        }
    }

    /// The field's name as the error summary shows it, from its element id.
    pub fn field_label(&self, id: &str) -> String {
        let label = match id {
            "date" => self.date,
            "decision_date" => self.decision_date,
            "birth_date" => self.birth_date,
            "wishes_forloeb" => self.wishes_forloeb,
            "target_group" => self.target_group,
            "development_perspective" => self.perspective,
            "forsoerger" => self.forsoerger,
            "hjemmeboende" => self.hjemmeboende,
            "ydelse_before" => self.ydelse_before,
            "ydelse_before_monthly" => self.ydelse_before_monthly,
            "sygedagpenge_until" => self.sygedagpenge_until,
            "other_income_monthly" => self.other_income_monthly,
            "wage_income_monthly" => self.wage_income_monthly,
            "rate_year" => self.rate_year,
            "on_sygedagpenge" => self.on_sygedagpenge,
            "sygedagpenge_extension_possible" => self.extension,
            "unfit_for_work" => self.unfit_for_work,
            "show-all-fields" => self.show_all_fields,
            _ => {
                return self
                    .row_label(id)
                    .unwrap_or_else(|| self.previous_legend.to_string())
            }
        };
        label.to_string()
    }

    /// "Forløb 2: Sidste dag" for `previous_forloeb-1-end`.
    fn row_label(&self, id: &str) -> Option<String> {
        let mut parts = id.strip_prefix("previous_forloeb-")?.splitn(2, '-');
        let row: usize = parts.next()?.parse().ok()?;
        let row = (self.previous_row)(row + 1);
        Some(match parts.next() {
            Some("start") => format!("{row}: {}", self.previous_start),
            Some("end") => format!("{row}: {}", self.previous_end),
            Some("excluded_days") => format!("{row}: {}", self.previous_excluded),
            _ => row,
        })
    }
}

pub const YDELSE_BEFORE_VALUES: [&str; 5] = [
    "kontanthjaelp",
    "sygedagpenge",
    "ledighedsydelse",
    "foertidspension",
    "other",
];
pub const ANSWER_VALUES: [&str; 3] = ["yes", "no", "unclear"];

fn plural(n: u32, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub const DA: Texts = Texts {
    code: "da",
    skip_link: "Gå til indhold",
    portal_bar: "Vejledende beregning – intet bliver sendt, og intet gemmes uden dit valg",
    title: "Forløbsberegneren",
    solution_sub: "Ressourceforløb, jobafklaringsforløb og ydelse",
    lead: "Se om du kan få et ressourceforløb eller et jobafklaringsforløb, hvor længe det højst kan vare, og omtrent hvor meget du kan få i ydelse om måneden.",
    guidance_heading: "Vejledende beregning – kommunen træffer afgørelsen",
    guidance_text: "Svaret bygger på de oplysninger, du giver, og på de regler, der gælder på den dag, forløbet skal begynde. Det er altid kommunen, der afgør din sag, og du kan klage over afgørelsen.",
    privacy: "Det, du skriver, bliver på din egen enhed. Intet bliver sendt videre.",

    form_heading: "Dine oplysninger",
    form_intro: "Svaret opdateres, mens du udfylder felterne.",
    to_results: "Gå til svaret",
    show_all_fields: "Vis alle felter",
    show_all_fields_hint: "Til rådgivere: viser også de spørgsmål, som ikke gælder ud fra svarene. Det, der står i dem, bruges så i beregningen.",
    date_hint: "Skriv som dd-mm-åååå, fx 15-03-1980.",
    amount_hint: "Kr. om måneden før skat, fx 12.500,50.",

    about_legend: "Om dig",
    birth_date: "Fødselsdato",
    forsoerger: "Jeg forsørger børn under 18 år",
    forsoerger_hint: "Så får du den højere sats.",
    hjemmeboende: "Jeg bor hos mine forældre",
    hjemmeboende_hint: "Har betydning for satsen, hvis du er under 25 år.",

    new_legend: "Det nye forløb",
    date: "Hvornår skal forløbet begynde?",
    date_extra_hint: "Reglerne, der gælder på den dag, bruges. Skriv som dd-mm-åååå, fx 01-03-2024.",
    wishes_forloeb: "Jeg ønsker selv et ressourceforløb",
    wishes_forloeb_hint: "Nogle forløb kan kun bevilges, hvis du selv ønsker det.",
    advanced: "Avanceret",
    decision_date: "Hvornår bevilger kommunen forløbet?",
    decision_date_hint: "Kun for forløb, der er bevilget før 1. januar 2022 og begynder senere (lov nr. 1160 af 8. juni 2021, § 7). Lad feltet stå tomt, hvis det er samme dag, som forløbet begynder.",

    previous_legend: "Tidligere ressourceforløb",
    previous_hint: "Tilføj de ressourceforløb, du har haft før. Tiden kan tælle med, når kommunen vurderer, hvor længe et nyt forløb må vare.",
    previous_none: "Du har ikke tilføjet nogen tidligere forløb.",
    previous_row: |n| format!("Forløb {n}"),
    previous_start: "Første dag",
    previous_end: "Sidste dag",
    previous_excluded: "Dage med barsel eller sorgorlov",
    previous_excluded_hint: "Dagene tæller ikke med i forløbets længde. Lad feltet stå tomt, hvis der ikke var nogen.",
    previous_remove: |n| format!("Fjern forløb {n}"),
    previous_add: "Tilføj et tidligere forløb",
    previous_max: "Du kan højst angive 20 tidligere forløb. Flere kan ikke gemmes eller deles med et link.",

    support_legend: "Din forsørgelse nu",
    ydelse_before: "Hvad får du udbetalt nu?",
    ydelse_before_options: [
        "Kontanthjælp eller uddannelseshjælp",
        "Sygedagpenge",
        "Ledighedsydelse",
        "Førtidspension",
        "Andet",
    ],
    ydelse_before_monthly: "Dine sygedagpenge eller din ledighedsydelse om måneden",
    ydelse_before_monthly_hint: "Kun hvis du får sygedagpenge eller ledighedsydelse. Kr. om måneden før skat, fx 18.500.",
    sygedagpenge_until: "Sidste dag med ret til sygedagpenge",
    sygedagpenge_until_hint: "Hvis du kender den. Skriv som dd-mm-åååå.",
    other_income_monthly: "Anden indkomst om måneden",
    other_income_monthly_hint: "Fx udbetaling fra en privat forsikring ved tab af erhvervsevne. Den trækkes fra krone for krone. Kr. før skat.",
    wage_income_monthly: "Løn om måneden, inkl. pension",
    wage_income_monthly_hint: "Løn fra arbejde ved siden af forløbet. Kr. før skat.",

    sick_legend: "Sygemelding og jobafklaring",
    on_sygedagpenge: "Jeg får sygedagpenge",
    on_sygedagpenge_hint: "Sygedagpengene stopper ved revurderingen (mere end 22 uger inden for 9 måneder), hvis de ikke kan forlænges.",
    extension: "Kan dine sygedagpenge forlænges?",
    extension_hint: "Fx fordi du er i behandling, venter på en afgørelse om arbejdsskade eller førtidspension, eller har en livstruende sygdom (sygedagpengeloven § 27).",
    unfit_for_work: "Jeg er stadig uarbejdsdygtig på grund af egen sygdom",

    kommune_legend: "Kommunens vurdering",
    kommune_hint: "Det er kommunen, der vurderer dette, typisk efter et møde i rehabiliteringsteamet. Vælg »Ved ikke«, hvis du ikke kender vurderingen.",
    answers: ["Ja", "Nej", "Ved ikke"],
    target_group: "Er du i målgruppen for et ressourceforløb?",
    target_group_hint: "Du har komplekse problemer ud over ledighed, som ikke kan løses med en almindelig indsats, og som kræver en tværfaglig indsats (LAB § 112, stk. 1).",
    perspective: "Kan din arbejdsevne udvikles?",
    perspective_hint: "Der skal positivt kunne peges på, at arbejdsevnen kan udvikles. Det er ikke nok, at det ikke kan udelukkes (LAB § 112, stk. 2).",
    indicators_summary: "Hvad taler for og imod?",
    indicators_for: "Der er et udviklingsperspektiv, når fx:",
    indicators_for_list: [
        "der er relevante muligheder for behandling",
        "din arbejdsevne ikke er afklaret og prøvet udviklet i forhold til det brede arbejdsmarked, med hensyn til dine skånebehov og dit funktionsniveau",
        "manglende afklaring ikke kun skyldes din arbejdsevne, men også andre ting, fx motivation",
        "det er relevant at overveje fx mentor, en beskrivelse af din funktionsevne i hjemmet eller hjælpemidler",
    ],
    indicators_against: "Der er ikke et udviklingsperspektiv, når fx:",
    indicators_against_list: [
        "der ikke er mulighed for bedring af en meget dårlig helbredstilstand",
        "der ikke er mulighed for bedring af en meget ringe funktionsevne",
        "det er dokumenteret eller helt åbenbart, at arbejdsevnen ikke kan forbedres med udviklende og afklarende forløb",
        "de indsatser, der peges på, kun skal forbedre din livskvalitet",
    ],
    indicators_source: "Kilde: Ankestyrelsens praksisnotat til temamødet 10. marts 2022.",

    rates_legend: "Satser",
    rate_year: "Hvilket års satser skal bruges?",
    rate_year_hint: "Du kan vælge de år, hvor satserne er fundet i en kilde; satserne for 2025 og 2026 er ikke fundet. Står forløbets startår ikke på listen, siger svaret det. Alle satser og kilder står under Regler og kilder.",

    results_heading: "Dit svar",
    results_waiting: "Udfyld din fødselsdato og den dag, forløbet skal begynde. Så kommer svaret her.",
    results_invalid: "Svaret er skjult, indtil fejlene i formularen er rettet.",
    results_pending: "Svaret kommer her, når du har skrevet feltet færdigt.",
    summary_label: "Svaret kort",
    no_script: "Beregningen kræver JavaScript, og det er slået fra.",
    form_still_here: "Du kan se spørgsmålene, men svaret kan ikke beregnes. Slå JavaScript til, eller brug en anden browser.",
    no_wasm_heading: "Beregneren kunne ikke starte i denne browser.",
    no_wasm: "Den kræver WebAssembly, som er slået fra eller mangler (fx i Lockdown-tilstand eller en gammel browser). Prøv en opdateret udgave af Chrome, Edge, Firefox eller Safari, eller genindlæs siden. Intet af det, du har skrevet, er sendt nogen steder hen.",
    notices_heading: "Regler for den valgte dato",
    rates_used: |y| format!("Ydelsen er beregnet med satserne for {y}."),
    why: "Derfor",
    next: "Det kan du gøre nu",
    uncertain: "Usikkert",
    good_to_know: "Godt at vide",

    rf_heading: "Ressourceforløb",
    rf_possible: |d| format!("Du kan få et ressourceforløb på højst {d}"),
    rf_possible_no_limit: "Du kan få et ressourceforløb",
    rf_only_if_wished: "Kun hvis du selv ønsker det",
    rf_only_if_wished_sub: |d| format!("Ønsker du det, kan forløbet vare højst {d}."),
    rf_not_possible: "Du kan ikke få et ressourceforløb",
    rf_insufficient: "Sagen er ikke oplyst nok til et svar",
    rf_latest_end: |d| format!("Forløbet kan højst vare til og med {d}."),

    ja_heading: "Jobafklaringsforløb",
    ja_entitled: "Du har ret til et jobafklaringsforløb",
    ja_entitled_sub: |d| format!("Et jobafklaringsforløb varer højst {d} ad gangen."),
    ja_not_entitled: "Du har ikke ret til et jobafklaringsforløb",
    ja_insufficient: "Det kan ikke afgøres endnu",
    ja_not_applicable: "Ikke aktuelt – du får ikke sygedagpenge",
    ja_ydelse: |a| format!("Ydelse under et jobafklaringsforløb: ca. {a} om måneden før skat."),

    y_heading: "Ressourceforløbsydelse",
    y_headline: |a| format!("Ca. {a} om måneden før skat"),
    y_foertidspension: "Du beholder din førtidspension",
    y_not_applicable: "Ingen ydelse under et ressourceforløb, fordi der ikke kan bevilges et",
    sources_link: "Regler og kilder",
    sources_link_rest: "– alle regler, satser og kilder, som svarene bygger på, og hvor langt de er kontrolleret (åbner i et nyt vindue).",
    y_lines_caption: "Sådan er beløbet regnet ud",
    y_amount: "Beløb",
    y_total: "I alt om måneden",

    milestones_heading: "Vigtige datoer",
    ms_40: "Du fylder 40 år",
    ms_50: "Du fylder 50 år",
    ms_six_years: "6 år før folkepensionsalderen",
    ms_pension: |age| format!("Du når folkepensionsalderen ({age} år)"),
    ms_days_used: "Tid i tidligere ressourceforløb",
    days: |n| plural(n, "dag", "dage"),

    not_covered_heading: "Det dækker beregneren ikke",
    not_covered: [
        "Fleksjob, førtidspension, revalidering og kontanthjælp som selvstændige ydelser.",
        "Skat: alle beløb er før skat.",
        "Kommunens konkrete vurdering af målgruppe og udviklingsperspektiv – den skal du selv oplyse.",
        "Forlængelse af forløb, der allerede er i gang efter 1. februar 2026.",
        "Satser for 2023, 2025 og 2026, boligstøtte og særlig støtte.",
    ],

    errors_heading: "Der er problemer",
    error_prefix: "Fejl: ",
    err_required: "Udfyld feltet",
    err_date: "Skriv datoen som dd-mm-åååå, fx 15-03-1980",
    err_no_such_date: "Datoen findes ikke – tjek dag og måned",
    err_amount: "Skriv et beløb i kroner, fx 12.500,50",
    err_negative: "Beløbet kan ikke være negativt",
    err_too_large: "Beløbet er for stort til at være et månedligt beløb",
    err_days: "Skriv et helt antal dage, fx 30",
    err_future: "Datoen kan ikke ligge i fremtiden",
    err_choice: "Vælg en af mulighederne",

    footer_text: "Forløbsberegneren – vejledende beregning efter lov om en aktiv beskæftigelsesindsats og lov om aktiv socialpolitik.",
    languages_label: "Vælg sprog fra listen",
    selected_language: "Valgt sprog: Dansk",

    fmt_date: tekst::date_da,
    fmt_kr: tekst::kr_da,
    years_months: tekst::years_months_da,
};

pub const EN: Texts = Texts {
    code: "en",
    skip_link: "Skip to content",
    portal_bar: "An estimate – nothing is sent, and nothing is saved unless you choose to",
    title: "The forløb calculator",
    solution_sub: "Ressourceforløb, jobafklaringsforløb and benefit",
    lead: "Find out whether you can get a ressourceforløb (resource programme) or a jobafklaringsforløb (job clarification programme), how long it can last at most, and roughly how much benefit you can get per month.",
    guidance_heading: "An estimate – the municipality makes the decision",
    guidance_text: "The answer is based on the information you give and on the rules in force on the day the programme would start. The municipality (kommune) always decides your case, and you can appeal its decision.",
    privacy: "What you type stays on your own device. Nothing is sent anywhere.",

    form_heading: "Your details",
    form_intro: "The answer updates as you fill in the fields.",
    to_results: "Go to the answer",
    show_all_fields: "Show all fields",
    show_all_fields_hint: "For counsellors: also shows the questions that do not apply given the answers. What they hold is then used in the calculation.",
    date_hint: "Write as dd-mm-yyyy, e.g. 15-03-1980.",
    amount_hint: "DKK per month before tax, e.g. 12.500,50.",

    about_legend: "About you",
    birth_date: "Date of birth",
    forsoerger: "I provide for children under 18",
    forsoerger_hint: "Then you get the higher rate.",
    hjemmeboende: "I live with my parents",
    hjemmeboende_hint: "Affects the rate if you are under 25.",

    new_legend: "The new programme",
    date: "When would the programme start?",
    date_extra_hint: "The rules in force on that day are used. Write as dd-mm-yyyy, e.g. 01-03-2024.",
    wishes_forloeb: "I want a ressourceforløb myself",
    wishes_forloeb_hint: "Some programmes can only be granted if you want one yourself.",
    advanced: "Advanced",
    decision_date: "When does the municipality grant the programme?",
    decision_date_hint: "Only for a programme granted before 1 January 2022 that starts later (Act no. 1160 of 8 June 2021, section 7). Leave empty if it is the day the programme starts.",

    previous_legend: "Earlier ressourceforløb",
    previous_hint: "Add the ressourceforløb you have had before. The time may count when the municipality decides how long a new one may last.",
    previous_none: "You have not added any earlier programmes.",
    previous_row: |n| format!("Programme {n}"),
    previous_start: "First day",
    previous_end: "Last day",
    previous_excluded: "Days of maternity/paternity or bereavement leave",
    previous_excluded_hint: "These days do not count towards the length. Leave empty if there were none.",
    previous_remove: |n| format!("Remove programme {n}"),
    previous_add: "Add an earlier programme",
    previous_max: "You can give at most 20 earlier programmes. More cannot be saved or shared in a link.",

    support_legend: "Your income now",
    ydelse_before: "What are you paid now?",
    ydelse_before_options: [
        "Kontanthjælp or uddannelseshjælp (social assistance)",
        "Sygedagpenge (sickness benefit)",
        "Ledighedsydelse (benefit while waiting for a flexi-job)",
        "Førtidspension (disability pension)",
        "Other",
    ],
    ydelse_before_monthly: "Your sickness benefit or ledighedsydelse per month",
    ydelse_before_monthly_hint: "Only if you receive sickness benefit or ledighedsydelse. DKK per month before tax, e.g. 18.500.",
    sygedagpenge_until: "Last day you are entitled to sickness benefit",
    sygedagpenge_until_hint: "If you know it. Write as dd-mm-yyyy.",
    other_income_monthly: "Other income per month",
    other_income_monthly_hint: "E.g. payments from a private insurance for loss of earning capacity. Deducted krone for krone. DKK before tax.",
    wage_income_monthly: "Wages per month, including pension",
    wage_income_monthly_hint: "Wages from work alongside the programme. DKK before tax.",

    sick_legend: "Sick leave and job clarification",
    on_sygedagpenge: "I receive sickness benefit (sygedagpenge)",
    on_sygedagpenge_hint: "Sickness benefit stops at the reassessment (more than 22 weeks within 9 months) unless it can be extended.",
    extension: "Can your sickness benefit be extended?",
    extension_hint: "E.g. because you are in treatment, are waiting for a decision on an industrial injury or disability pension, or have a life-threatening illness (Sickness Benefit Act section 27).",
    unfit_for_work: "I am still unfit for work because of my own illness",

    kommune_legend: "The municipality's assessment",
    kommune_hint: "The municipality assesses this, usually after a meeting of the rehabilitation team. Choose “Don't know” if you do not know its assessment.",
    answers: ["Yes", "No", "Don't know"],
    target_group: "Are you in the target group for a ressourceforløb?",
    target_group_hint: "You have complex problems beyond unemployment that an ordinary effort cannot solve and that need a cross-disciplinary effort (LAB § 112, stk. 1).",
    perspective: "Can your capacity for work be developed?",
    perspective_hint: "It must be possible to point to a real prospect of developing your capacity for work. That it cannot be ruled out is not enough (LAB § 112, stk. 2).",
    indicators_summary: "What speaks for and against?",
    indicators_for: "There is a prospect of development when, for example:",
    indicators_for_list: [
        "there are relevant treatment options",
        "your capacity for work has not been clarified and tried developed towards the broad labour market, taking your needs and level of functioning into account",
        "the lack of clarification is not only due to your capacity for work but also to other things, e.g. motivation",
        "it is relevant to consider e.g. a mentor, a description of how you function at home, or aids",
    ],
    indicators_against: "There is no prospect of development when, for example:",
    indicators_against_list: [
        "a very poor state of health cannot improve",
        "a very low level of functioning cannot improve",
        "it is documented or quite obvious that programmes for development and clarification cannot improve the capacity for work",
        "the proposed efforts only aim to improve your quality of life",
    ],
    indicators_source: "Source: Ankestyrelsen's practice note for the theme meeting of 10 March 2022.",

    rates_legend: "Rates",
    rate_year: "Which year's rates should be used?",
    rate_year_hint: "You can choose the years whose rates were found in a source; the 2025 and 2026 rates were not found. If the start year is not listed, the answer says so. Every rate and source is under Rules and sources.",

    results_heading: "Your answer",
    results_waiting: "Fill in your date of birth and the day the programme would start. The answer will appear here.",
    results_invalid: "The answer is hidden until the errors in the form are corrected.",
    results_pending: "The answer will appear here when you have finished the field.",
    summary_label: "Your answer in short",
    no_script: "The calculation needs JavaScript, which is turned off.",
    form_still_here: "You can see the questions, but the answer cannot be calculated. Turn JavaScript on, or use another browser.",
    no_wasm_heading: "The calculator could not start in this browser.",
    no_wasm: "It needs WebAssembly, which is turned off or missing (e.g. in Lockdown Mode or an old browser). Try an up-to-date Chrome, Edge, Firefox or Safari, or reload the page. Nothing you typed was sent anywhere.",
    notices_heading: "Rules for the chosen date",
    rates_used: |y| format!("The benefit is calculated with the rates for {y}."),
    why: "Why",
    next: "What you can do now",
    uncertain: "Uncertain",
    good_to_know: "Good to know",

    rf_heading: "Ressourceforløb (resource programme)",
    rf_possible: |d| format!("You can get a ressourceforløb of at most {d}"),
    rf_possible_no_limit: "You can get a ressourceforløb",
    rf_only_if_wished: "Only if you want it yourself",
    rf_only_if_wished_sub: |d| format!("If you want it, the programme can last at most {d}."),
    rf_not_possible: "You cannot get a ressourceforløb",
    rf_insufficient: "The case is not sufficiently informed for an answer",
    rf_latest_end: |d| format!("The programme can last until {d} at the latest."),

    ja_heading: "Jobafklaringsforløb (job clarification programme)",
    ja_entitled: "You are entitled to a jobafklaringsforløb",
    ja_entitled_sub: |d| format!("A jobafklaringsforløb lasts at most {d} at a time."),
    ja_not_entitled: "You are not entitled to a jobafklaringsforløb",
    ja_insufficient: "This cannot be decided yet",
    ja_not_applicable: "Not relevant – you do not receive sickness benefit",
    ja_ydelse: |a| format!("Benefit during a jobafklaringsforløb: about {a} per month before tax."),

    y_heading: "Ressourceforløbsydelse (benefit)",
    y_headline: |a| format!("About {a} per month before tax"),
    y_foertidspension: "You keep your disability pension",
    y_not_applicable: "No benefit under a ressourceforløb, because none can be granted",
    sources_link: "Rules and sources",
    sources_link_rest: "– every rule, rate and source the answers rest on, and how far they are checked (opens in a new window).",
    y_lines_caption: "How the amount is calculated",
    y_amount: "Amount",
    y_total: "Total per month",

    milestones_heading: "Important dates",
    ms_40: "You turn 40",
    ms_50: "You turn 50",
    ms_six_years: "6 years before state pension age",
    ms_pension: |age| format!("You reach state pension age ({age} years)"),
    ms_days_used: "Time in earlier ressourceforløb",
    days: |n| plural(n, "day", "days"),

    not_covered_heading: "What the calculator does not cover",
    not_covered: [
        "Flexi-jobs, disability pension, revalidering and social assistance as benefits in their own right.",
        "Tax: all amounts are before tax.",
        "The municipality's actual assessment of the target group and the prospect of development – you must give it yourself.",
        "Extension of programmes still running after 1 February 2026.",
        "Rates for 2023, 2025 and 2026, housing benefit and special support.",
    ],

    errors_heading: "There is a problem",
    error_prefix: "Error: ",
    err_required: "Fill in this field",
    err_date: "Write the date as dd-mm-yyyy, e.g. 15-03-1980",
    err_no_such_date: "This date does not exist – check the day and month",
    err_amount: "Write an amount in kroner, e.g. 12.500,50",
    err_negative: "The amount cannot be negative",
    err_too_large: "The amount is too large to be a monthly amount",
    err_days: "Write a whole number of days, e.g. 30",
    err_future: "The date cannot be in the future",
    err_choice: "Choose one of the options",

    footer_text: "The forløb calculator – an estimate under the Danish Act on an Active Employment Effort and the Act on Active Social Policy.",
    languages_label: "Choose a language from the list",
    selected_language: "Selected language: English",

    fmt_date: tekst::date_en,
    fmt_kr: tekst::kr_en,
    years_months: tekst::years_months_en,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_naturally() {
        assert_eq!(DA.duration(36), "3 år");
        assert_eq!(DA.duration(30), "2 år og 6 måneder");
        assert_eq!(DA.duration(1), "1 måned");
        assert_eq!(EN.duration(13), "1 year and 1 month");
        assert_eq!(EN.duration(24), "2 years");
    }

    #[test]
    fn summary_labels_name_the_row() {
        assert_eq!(
            DA.field_label("previous_forloeb-1-end"),
            "Forløb 2: Sidste dag"
        );
        assert_eq!(EN.field_label("previous_forloeb-0"), "Programme 1");
        assert_eq!(DA.field_label("birth_date"), "Fødselsdato");
    }

    #[test]
    fn amounts_and_dates_follow_the_language() {
        assert_eq!(DA.kr(11698), "11.698 kr.");
        assert_eq!(EN.kr(1234567), "DKK 1,234,567");
        assert_eq!(DA.kr_f(-499.6), "-500 kr.");
        let d = NaiveDate::from_ymd_opt(2024, 3, 15).unwrap();
        assert_eq!(DA.date(d), "15. marts 2024");
        assert_eq!(EN.date(d), "15 March 2024");
    }
}
