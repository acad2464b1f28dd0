//! Jobafklaringsforløb (sygedagpengeloven §§ 24, 24 a, 27; LAB kapitel 18): J1–J4 of SPEC § 5.

use super::assessment::{JobafklaringOutcome as Outcome, JobafklaringResult, Reason, ReasonKind};
use super::kalender::ymd;
use super::situation::{Answer, Situation};
use super::tekst::{date_da, date_en, reason};
use super::{ydelse, Facts};
use chrono::NaiveDate;

/// Jobafklaringsforløb were introduced by lov nr. 720 af 25. juni 2014, in force 1 July 2014.
pub const JOBAFKLARING_FROM: NaiveDate = ymd(2014, 7, 1);

/// J3: "op til 2 år ad gangen" (star.dk).
pub const MAX_MONTHS: u32 = 24;

/// J1–J3: whether the person has a right to a jobafklaringsforløb when sygedagpenge stop.
pub fn jobafklaringsforloeb(s: &Situation, f: &Facts) -> JobafklaringResult {
    let mut reasons = Vec::new();
    if s.date < JOBAFKLARING_FROM {
        reasons.push(reason(
            ReasonKind::Reason,
            "Lov nr. 720 af 25. juni 2014",
            format!("Jobafklaringsforløb blev indført den 1. juli 2014. Den {} fandtes ordningen endnu ikke.", date_da(s.date)),
            format!("Jobafklaringsforløb were introduced on 1 July 2014. On {} the scheme did not exist yet.", date_en(s.date)),
        ));
        return not_applicable(reasons);
    }
    if !s.on_sygedagpenge {
        reasons.push(reason(
            ReasonKind::Reason,
            "Sygedagpengeloven § 24 a",
            "Du får ikke sygedagpenge. Retten til et jobafklaringsforløb gælder, når sygedagpengene stopper ved revurderingen og ikke kan forlænges.".into(),
            "You do not receive sygedagpenge (sickness benefit). The right to a jobafklaringsforløb applies when sygedagpenge stop at the reassessment and cannot be extended.".into(),
        ));
        return not_applicable(reasons);
    }
    reasons.push(reason(
        ReasonKind::Information,
        "Sygedagpengeloven § 24",
        "Har du fået sygedagpenge i mere end 22 uger inden for 9 måneder, skal kommunen revurdere, om de kan forlænges.".into(),
        "When you have received sygedagpenge for more than 22 weeks within 9 months, the kommune must reassess whether they can be extended.".into(),
    ));
    let outcome = match (s.sygedagpenge_extension_possible, s.unfit_for_work) {
        (Answer::Yes, _) => {
            reasons.push(extension_grounds(
                "Mindst én forlængelsesgrund gælder, så dine sygedagpenge fortsætter i stedet for et jobafklaringsforløb.",
                "At least one extension ground applies, so your sygedagpenge continue instead of a jobafklaringsforløb.",
            ));
            Outcome::NotEntitled
        }
        (Answer::Unclear, _) => {
            reasons.push(extension_grounds(
                "Det er ikke afklaret, om en forlængelsesgrund gælder. Gælder én, fortsætter sygedagpengene; ellers har du ret til et jobafklaringsforløb, hvis du fortsat er uarbejdsdygtig.",
                "It has not been established whether an extension ground applies. If one does, sygedagpenge continue; otherwise you have a right to a jobafklaringsforløb if you are still unfit for work.",
            ));
            reasons.push(reason(
                ReasonKind::NextStep,
                "Sygedagpengeloven § 27, stk. 1",
                "Spørg kommunen, om én af forlængelsesgrundene gælder for dig.".into(),
                "Ask the kommune whether one of the extension grounds applies to you.".into(),
            ));
            Outcome::InsufficientInformation
        }
        (Answer::No, true) => {
            reasons.push(reason(
                ReasonKind::Reason,
                "Sygedagpengeloven § 24 a",
                "Dine sygedagpenge kan ikke forlænges, og du er fortsat uarbejdsdygtig på grund af egen sygdom. Så har du ret til et jobafklaringsforløb.".into(),
                "Your sygedagpenge cannot be extended and you are still unfit for work because of your own illness. So you have a right to a jobafklaringsforløb.".into(),
            ));
            reasons.push(reason(
                ReasonKind::Reason,
                "LAB kapitel 18",
                "Et jobafklaringsforløb varer højst 2 år ad gangen (24 måneder). Det slutter, når du ikke længere er uarbejdsdygtig, eller når der er truffet afgørelse om anden hjælp. Er du fortsat uarbejdsdygtig, kan du få et nyt forløb.".into(),
                "A jobafklaringsforløb lasts at most 2 years at a time (24 months). It ends when you are no longer unfit for work or when another form of support has been decided. If you are still unfit for work, you can get a new forløb.".into(),
            ));
            Outcome::Entitled
        }
        (Answer::No, false) => {
            reasons.push(reason(
                ReasonKind::Reason,
                "Sygedagpengeloven § 24 a",
                "Retten til et jobafklaringsforløb forudsætter, at du fortsat er uarbejdsdygtig på grund af egen sygdom. Det har du svaret, at du ikke er.".into(),
                "The right to a jobafklaringsforløb requires that you are still unfit for work because of your own illness. You have answered that you are not.".into(),
            ));
            reasons.push(reason(
                ReasonKind::NextStep,
                "Lov om aktiv socialpolitik; lov om arbejdsløshedsforsikring",
                "Tal med jobcentret og eventuelt din a-kasse om, hvad du kan få i stedet, fx arbejdsløshedsdagpenge eller kontanthjælp.".into(),
                "Talk to the jobcentre and, if you have one, your unemployment fund (a-kasse) about what you can get instead, e.g. unemployment benefit or kontanthjælp (social assistance).".into(),
            ));
            Outcome::NotEntitled
        }
    };
    let max_months = (outcome == Outcome::Entitled).then_some(MAX_MONTHS);
    JobafklaringResult {
        outcome,
        max_months,
        reasons,
        ydelse: Some(ydelse::under_jobafklaring(s, f)),
    }
}

fn not_applicable(reasons: Vec<Reason>) -> JobafklaringResult {
    JobafklaringResult {
        outcome: Outcome::NotApplicable,
        max_months: None,
        reasons,
        ydelse: None,
    }
}

/// J2: the extension grounds of sygedagpengeloven § 27, stk. 1, nr. 1–7.
fn extension_grounds(lead_da: &str, lead_en: &str) -> Reason {
    reason(
        ReasonKind::Reason,
        "Sygedagpengeloven § 27, stk. 1",
        format!("{lead_da} Forlængelsesgrundene er: revalidering er sandsynlig; din arbejdsevne skal afklares; du er under eller venter på lægebehandling; din sag skal forelægges rehabiliteringsteamet; du har en livstruende, alvorlig sygdom; der er rejst en arbejdsskadesag; eller der er søgt om førtidspension."),
        format!("{lead_en} The extension grounds are: revalidering (vocational rehabilitation) is likely; your work capacity must be clarified; you are under or awaiting medical treatment; your case must go to the rehabilitation team; you have a life-threatening serious illness; an industrial injury case is pending; or førtidspension has been applied for."),
    )
}
