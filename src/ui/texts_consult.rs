//! The texts of the consultation tools (timeline, print summary, save on this device, share
//! link, what-if), one typed catalogue per language like `i18n.rs`: a text missing in one
//! language is a missing struct field and does not compile. `Lang::c()` picks the catalogue.

use super::i18n::Lang;
use crate::rules::satser::Satser;

pub struct ConsultTexts {
    pub tl_heading: &'static str,
    pub tl_intro: &'static str,
    pub tl_previous: fn(usize) -> String,
    pub tl_longest: &'static str,
    pub tl_if_wished: &'static str,
    pub tl_start: &'static str,
    pub tl_range: fn(&str, &str) -> String,
    pub tl_allowance: fn(&str, &str) -> String,
    pub tl_allowance_label: &'static str,

    pub tools_heading: &'static str,
    pub print_button: &'static str,
    pub print_hint: &'static str,
    pub share_button: &'static str,
    pub share_note: &'static str,
    pub share_copied: &'static str,
    pub share_manual: &'static str,
    pub share_field: &'static str,
    pub save_label: &'static str,
    pub save_hint: &'static str,
    pub saved: &'static str,
    pub delete_button: &'static str,
    pub deleted: &'static str,

    pub notice_stored: &'static str,
    pub notice_link: &'static str,
    pub notice_blocked: &'static str,
    pub notice_from_link: &'static str,
    pub notice_stored_newer: &'static str,
    pub notice_discard: &'static str,
    pub notice_kept: &'static str,
    pub notice_use_stored: &'static str,
    pub notice_save_link: &'static str,
    /// Fields that could not be read (from the link: `true`), as a list of labels.
    pub notice_skipped: fn(bool, &str) -> String,

    pub sum_title: &'static str,
    pub sum_calculated: fn(&str) -> String,
    pub sum_inputs: &'static str,
    pub sum_none: &'static str,
    pub sum_no_answer: &'static str,
    pub sum_rules: &'static str,
    pub sum_source: fn(&str) -> String,
    pub sum_dates: &'static str,
    pub sum_excluded: fn(u32) -> String,

    pub wi_button: &'static str,
    pub wi_hide: &'static str,
    pub wi_heading: &'static str,
    pub wi_wish_caption: &'static str,
    pub wi_without: &'static str,
    pub wi_with: &'static str,
    pub wi_now: &'static str,
    pub wi_answer: &'static str,
    pub wi_longest: &'static str,
    /// Said instead of the table when the wish changes nothing; the answer as argument.
    pub wi_same: fn(&str) -> String,
    pub wi_rates_caption: &'static str,
    pub wi_rates_year: &'static str,
    pub wi_rates_amount: &'static str,
    /// The label of a rate year in the select and the tables; `false` = secondary sources.
    /// A rate year as offered: marked when not every figure is verified (docs/kilder.md).
    pub rate_year_option: fn(&Satser) -> String,
}

impl Lang {
    pub fn c(self) -> &'static ConsultTexts {
        match self {
            Lang::Da => &C_DA,
            Lang::En => &C_EN,
        }
    }
}

pub const C_DA: ConsultTexts = ConsultTexts {
    tl_heading: "Tidslinje",
    tl_intro: "Dine tidligere forløb, det længste nye forløb og de datoer, der har betydning for reglerne.",
    tl_previous: |n| format!("Tidligere forløb {n}"),
    tl_longest: "Det længste nye forløb",
    tl_if_wished: "Et nyt forløb, kun hvis du selv ønsker det",
    tl_start: "Det nye forløb skulle begynde",
    tl_range: |a, b| format!("{a} til {b}"),
    tl_allowance: |used, left| format!("5-årsgrænsen mellem 40 og 50 år: Du har brugt ca. {used} af de 5 år. Der er ca. {left} tilbage."),
    tl_allowance_label: "Brugt af de 5 år",

    tools_heading: "Gem, del og udskriv",
    print_button: "Print / gem som PDF",
    print_hint: "Et resumé på en eller to A4-sider med oplysningerne, svarene, begrundelserne og reglerne.",
    share_button: "Kopiér link",
    share_note: "Linket indeholder de svar, der er givet her. Del det kun med den, det handler om. Oplysningerne ligger i selve linket og sendes ikke til nogen server.",
    share_copied: "Linket er kopieret.",
    share_manual: "Kopiér linket herunder.",
    share_field: "Link til denne beregning",
    save_label: "Gem mine oplysninger på denne enhed",
    save_hint: "Så er de her igen, næste gang du åbner siden i denne browser. De sendes ikke nogen steder hen. Brug det ikke på en fælles computer.",
    saved: "Dine oplysninger er gemt på denne enhed.",
    delete_button: "Slet mine oplysninger",
    deleted: "Dine oplysninger er slettet fra denne enhed.",

    notice_stored: "De gemte oplysninger kunne ikke læses, så siden starter med tomme felter. De er ikke slettet: de bliver på enheden, til du gemmer nye eller sletter dem.",
    notice_link: "Linket kunne ikke læses – det er måske ufuldstændigt eller ændret – så det er ikke brugt.",
    notice_blocked: "Oplysningerne kan ikke gemmes: browseren tillader det ikke, eller dens lager er fuldt.",
    notice_from_link: "Oplysningerne fra linket er sat ind.",
    notice_stored_newer: "De gemte oplysninger er gemt af en nyere udgave af beregneren og kan ikke læses her, så siden starter med tomme felter. De er ikke slettet: de bliver på enheden, til du gemmer nye eller sletter dem.",
    notice_discard: "Slet de gemte oplysninger",
    notice_kept: "Dine gemte oplysninger er uændrede. Oplysningerne fra linket er ikke gemt på denne enhed.",
    notice_use_stored: "Brug mine gemte oplysninger",
    notice_save_link: "Gem oplysningerne fra linket i stedet",
    notice_skipped: |link, list| {
        if link {
            format!("Nogle felter i linket kunne ikke læses og er udeladt: {list}.")
        } else {
            format!("Nogle af de gemte felter kunne ikke læses og er udeladt: {list}.")
        }
    },

    sum_title: "Resumé af en vejledende beregning",
    sum_calculated: |d| format!("Beregnet den {d} med Forløbsberegneren."),
    sum_inputs: "Oplysninger",
    sum_none: "Ingen",
    sum_no_answer: "Der er endnu ikke noget svar: udfyld fødselsdato og den dag, forløbet skal begynde.",
    sum_rules: "Regler og satser",
    sum_source: |s| format!("Kilde til satserne: {s}"),
    sum_dates: "Vigtige datoer",
    sum_excluded: |n| format!("{n} dage med barsel eller sorgorlov"),

    wi_button: "Hvad hvis …? Sammenlign",
    wi_hide: "Skjul sammenligningen",
    wi_heading: "Hvad hvis …?",
    wi_wish_caption: "Ressourceforløb uden og med dit eget ønske",
    wi_without: "Uden eget ønske",
    wi_with: "Hvis du selv ønsker det",
    wi_now: "valgt nu",
    wi_answer: "Svar",
    wi_longest: "Højst til og med",
    wi_same: |answer| format!("Dit eget ønske ændrer ikke svaret: {answer}."),
    wi_rates_caption: "Ressourceforløbsydelse om måneden før skat, efter hvert års satser",
    wi_rates_year: "Satser",
    wi_rates_amount: "Om måneden",
    rate_year_option: |rates| {
        if rates.all_verified() {
            rates.year.to_string()
        } else {
            format!("{} (nogle satser usikre)", rates.year)
        }
    },
};

pub const C_EN: ConsultTexts = ConsultTexts {
    tl_heading: "Timeline",
    tl_intro: "Your earlier programmes, the longest new programme and the dates that matter for the rules.",
    tl_previous: |n| format!("Earlier programme {n}"),
    tl_longest: "The longest new programme",
    tl_if_wished: "A new programme, only if you want it yourself",
    tl_start: "The new programme would start",
    tl_range: |a, b| format!("{a} to {b}"),
    tl_allowance: |used, left| format!("The 5-year limit between 40 and 50: you have used about {used} of the 5 years. About {left} is left."),
    tl_allowance_label: "Used of the 5 years",

    tools_heading: "Save, share and print",
    print_button: "Print / save as PDF",
    print_hint: "A summary on one or two A4 pages with the details, the answers, the reasons and the rules.",
    share_button: "Copy link",
    share_note: "The link contains the answers given here. Share it only with the person it is about. The details are in the link itself and are not sent to any server.",
    share_copied: "The link has been copied.",
    share_manual: "Copy the link below.",
    share_field: "Link to this calculation",
    save_label: "Save my details on this device",
    save_hint: "Then they are here again the next time you open the page in this browser. They are not sent anywhere. Do not use this on a shared computer.",
    saved: "Your details are saved on this device.",
    delete_button: "Delete my details",
    deleted: "Your details have been deleted from this device.",

    notice_stored: "The saved details could not be read, so the page starts with empty fields. They have not been deleted: they stay on this device until you save new details or delete them.",
    notice_link: "The link could not be read – it may be incomplete or changed – so it has not been used.",
    notice_blocked: "Your details cannot be saved: the browser does not allow it, or its storage is full.",
    notice_from_link: "The details from the link have been filled in.",
    notice_stored_newer: "The saved details were saved by a newer version of the calculator and cannot be read here, so the page starts with empty fields. They have not been deleted: they stay on this device until you save new details or delete them.",
    notice_discard: "Delete the saved details",
    notice_kept: "Your saved details are unchanged. The details from the link are not saved on this device.",
    notice_use_stored: "Use my saved details",
    notice_save_link: "Save the details from the link instead",
    notice_skipped: |link, list| {
        if link {
            format!("Some fields in the link could not be read and have been left out: {list}.")
        } else {
            format!("Some of the saved fields could not be read and have been left out: {list}.")
        }
    },

    sum_title: "Summary of an estimate",
    sum_calculated: |d| format!("Calculated on {d} with the forløb calculator."),
    sum_inputs: "Details given",
    sum_none: "None",
    sum_no_answer: "There is no answer yet: fill in the date of birth and the day the programme would start.",
    sum_rules: "Rules and rates",
    sum_source: |s| format!("Source of the rates: {s}"),
    sum_dates: "Important dates",
    sum_excluded: |n| format!("{n} days of maternity/paternity or bereavement leave"),

    wi_button: "What if …? Compare",
    wi_hide: "Hide the comparison",
    wi_heading: "What if …?",
    wi_wish_caption: "Ressourceforløb without and with your own wish",
    wi_without: "Without your own wish",
    wi_with: "If you want it yourself",
    wi_now: "current choice",
    wi_answer: "Answer",
    wi_longest: "Until at the latest",
    wi_same: |answer| format!("Your own wish does not change the answer: {answer}."),
    wi_rates_caption: "Ressourceforløbsydelse per month before tax, by each year's rates",
    wi_rates_year: "Rates",
    wi_rates_amount: "Per month",
    rate_year_option: |rates| {
        if rates.all_verified() {
            rates.year.to_string()
        } else {
            format!("{} (some rates uncertain)", rates.year)
        }
    },
};
