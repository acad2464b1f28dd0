//! Rates per year (SPEC § 6; LAS §§ 68, 68 a and 69 j), each figure with its own source and
//! status. A figure no source was found for is `None`: never extrapolated (the regulation is not
//! a fixed percentage, and a 2024 act changes it for 2026 or 2027). docs/kilder.md has the quotes.

use super::kalender::ymd;
use chrono::{Datelike, NaiveDate};

/// How a figure was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kildestatus {
    /// Read in the ministry's or STAR's own text (bm.dk, star.dk, the ministry's "Vejledning om satser").
    Verified,
    /// Read only in other sources (a kommune, a union, a trade body, a payroll provider).
    Secondary,
}

/// One figure and where it was read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sats {
    pub kr: f64,
    pub status: Kildestatus,
    pub kilde: &'static str,
}

/// The figures a year's rates consist of, in the order of the ministry's table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figur {
    Forsoerger,
    IkkeForsoerger,
    Under25Hjemmeboende,
    SygedagpengeMaxPerUge,
    LedighedsydelseMaxPerUge,
    Loenindtaegtsgraense,
}

pub const FIGURER: [Figur; 6] = [
    Figur::Forsoerger,
    Figur::IkkeForsoerger,
    Figur::Under25Hjemmeboende,
    Figur::SygedagpengeMaxPerUge,
    Figur::LedighedsydelseMaxPerUge,
    Figur::Loenindtaegtsgraense,
];

impl Figur {
    /// The provision that sets the figure, as the ministry's table cites it.
    pub fn law(self) -> &'static str {
        match self {
            Figur::Forsoerger => "LAS § 68, stk. 2, nr. 1, og § 69 j, stk. 2, nr. 1",
            Figur::IkkeForsoerger => "LAS § 68, stk. 2, nr. 2, og § 69 j, stk. 2, nr. 2",
            Figur::Under25Hjemmeboende => "LAS § 68, stk. 2, nr. 3, og § 69 j, stk. 2, nr. 3",
            Figur::SygedagpengeMaxPerUge => "LAS § 68, stk. 4 (sygedagpengelovens § 50, stk. 1)",
            Figur::LedighedsydelseMaxPerUge => "LAS § 68, stk. 5",
            Figur::Loenindtaegtsgraense => "LAS § 68 a, stk. 2, og § 69 j, stk. 9",
        }
    }
    /// The figure's name, in Danish and English.
    pub fn name(self) -> (&'static str, &'static str) {
        match self {
            Figur::Forsoerger => ("forsørgere", "people who provide for a child"),
            Figur::IkkeForsoerger => ("ikke-forsørgere", "people who do not provide for a child"),
            Figur::Under25Hjemmeboende => (
                "unge under 25 år, der bor hjemme",
                "young people under 25 living with a parent",
            ),
            Figur::SygedagpengeMaxPerUge => (
                "det højeste sygedagpengebeløb",
                "the highest sygedagpenge amount",
            ),
            Figur::LedighedsydelseMaxPerUge => (
                "den højeste ledighedsydelse (89 pct.)",
                "the highest ledighedsydelse (89 per cent)",
            ),
            Figur::Loenindtaegtsgraense => ("lønindtægtsgrænsen", "the wage limit"),
        }
    }
    /// Per month, except the two weekly amounts of sygedagpengeloven and the ministry's table.
    pub fn unit(self) -> (&'static str, &'static str) {
        match self {
            Figur::SygedagpengeMaxPerUge | Figur::LedighedsydelseMaxPerUge => ("om ugen", "a week"),
            _ => ("om måneden", "a month"),
        }
    }
}

/// The rates of one year; `None` where no source was found.
#[derive(Debug, PartialEq)]
pub struct Satser {
    pub year: i32,
    /// The first day the year's rates apply: 1 January (LAS § 109, stk. 2) unless the ministry's
    /// page names another day. The highest sygedagpenge amount changes on the first Monday in
    /// January (sygedagpengelovens § 64), which the calculation does not distinguish.
    pub gaeldende_fra: NaiveDate,
    pub forsoerger: Option<Sats>,
    pub ikke_forsoerger: Option<Sats>,
    pub under_25_hjemmeboende: Option<Sats>,
    pub sygedagpenge_max_per_week: Option<Sats>,
    pub ledighedsydelse_max_per_week: Option<Sats>,
    pub loenindtaegtsgraense: Option<Sats>,
}

impl Satser {
    pub fn figur(&self, figur: Figur) -> Option<&Sats> {
        match figur {
            Figur::Forsoerger => self.forsoerger.as_ref(),
            Figur::IkkeForsoerger => self.ikke_forsoerger.as_ref(),
            Figur::Under25Hjemmeboende => self.under_25_hjemmeboende.as_ref(),
            Figur::SygedagpengeMaxPerUge => self.sygedagpenge_max_per_week.as_ref(),
            Figur::LedighedsydelseMaxPerUge => self.ledighedsydelse_max_per_week.as_ref(),
            Figur::Loenindtaegtsgraense => self.loenindtaegtsgraense.as_ref(),
        }
    }

    /// A user can choose the year when both main monthly rates are sourced; a figure still
    /// missing (2023: under 25) is named wherever a calculation would need it.
    pub fn selectable(&self) -> bool {
        self.forsoerger.is_some() && self.ikke_forsoerger.is_some()
    }

    /// Every figure found, and read in the ministry's or STAR's own text.
    pub fn all_verified(&self) -> bool {
        FIGURER.into_iter().all(|f| {
            self.figur(f)
                .is_some_and(|s| s.status == Kildestatus::Verified)
        })
    }

    /// The sources of the year's figures, each once.
    pub fn kilder(&self) -> Vec<&'static str> {
        let mut kilder: Vec<&'static str> = Vec::new();
        for sats in FIGURER.into_iter().filter_map(|f| self.figur(f)) {
            if !kilder.contains(&sats.kilde) {
                kilder.push(sats.kilde);
            }
        }
        kilder
    }
}

const fn v(kr: f64, kilde: &'static str) -> Option<Sats> {
    Some(Sats {
        kr,
        status: Kildestatus::Verified,
        kilde,
    })
}
const fn s(kr: f64, kilde: &'static str) -> Option<Sats> {
    Some(Sats {
        kr,
        status: Kildestatus::Secondary,
        kilde,
    })
}

const BM_2013_SDP: &str =
    "http://bm.dk/da/Tal%20og%20tendenser/Satser%20for%202013/Sygedagpenge.aspx";
const VEJL_2014: &str =
    "Vejledning om satser mv. 2014, https://www.retsinformation.dk/Forms/R0710.aspx?id=164255";
const BM_2015: &str =
    "http://bm.dk/da/Satser%20for%202017/Satser%20for%202015/Ressourceforloebsydelse.aspx";
const VEJL_2016: &str =
    "Vejledning om satser m.v. 2016, https://www.retsinformation.dk/Forms/R0710.aspx?id=184114";
const BM_2017: &str =
    "http://bm.dk/da/Satser%20for%202018/Satser%20for%202017/Ressourceforloebsydelse.aspx";
const SDP_2018: &str = "https://www.behandlosordentligt.dk/sygadagpenge-satser/ og https://pav.medst.dk/sygdom/loen-dagpenge-under-sygdom/dagpengenes-stoerrelse/ (efter Beskæftigelsesministeriets vejledning om satser 2018)";
const BM_2019_SDP: &str = "https://bm.dk/satser/satser-for-2019/sygedagpenge/";
const HERNING_2019: &str = "https://job.herning.dk/kom-tilbage-i-job/ressourceforloeb-under-jobafklaringsforloeb/ (tekst fra borger.dk)";
const BM_2020: &str = "https://www.bm.dk/satser/satser-for-2020/ressourceforloebsydelse/";
const DANSK_ERHVERV_2021: &str = "Dansk Erhverv 14-12-2020, https://www.danskerhverv.dk/presse-og-nyheder/nyheder/2020/december/nye-dagpengesatser-for-2021/; patientvejlederens vejledning (satser 2021); Ældresagen 13-01-2021";
const STAR_2021_GRAENSE: &str = "https://star.dk/da/ydelser/ledighed/ressourceforloebsydelse-under-ressourceforloeb/ (\"15.264 kr. (2021-niveau)\")";
const BM_2022: &str = "https://bm.dk/satser/satser-for-2022/ressourceforloebsydelse/";
const RFY_2023: &str = "Serviceforbundet 01-12-2022 og region.de; samme beløb som kontanthjælp 2023, https://bm.dk/satser/satser-for-2023/kontanthjaelp/";
const VEJL_2023: &str =
    "Vejledning nr. 10391 af 19. december 2022 om satser mv. for 2023 (gengivet på socialjura.dk)";
const STAR_2023_GRAENSE: &str = "https://star.dk/ydelser/sygdom-og-barsel/ressourceforloebsydelse-under-jobafklaringsforloeb (\"15.817 (2023)\")";
const BM_2024: &str = "https://bm.dk/satser/satser-for-2024/ressourceforloebsydelse";
const DANLOEN_2025: &str = "Danløn 15-12-2024, https://www.danlon.dk/blog/nye-satser-2025/";
const SYDDJURS_2026: &str = "Syddjurs Kommune, https://www.syddjurs.dk/borger/job-og-ledighed/oekonomisk-hjaelp/ressourceforloebsydelse";

/// A year no monthly rate was found for: only the figures given are known.
const fn partly(year: i32) -> Satser {
    Satser {
        year,
        gaeldende_fra: ymd(year, 1, 1),
        forsoerger: None,
        ikke_forsoerger: None,
        under_25_hjemmeboende: None,
        sygedagpenge_max_per_week: None,
        ledighedsydelse_max_per_week: None,
        loenindtaegtsgraense: None,
    }
}

/// Every year from 2013 (ressourceforløb introduced) to 2026, in order.
pub const SATSER: [Satser; 14] = [
    Satser {
        sygedagpenge_max_per_week: v(4_005.0, BM_2013_SDP),
        ..partly(2013)
    },
    Satser {
        sygedagpenge_max_per_week: v(4_075.0, VEJL_2014),
        ..partly(2014)
    },
    Satser {
        year: 2015,
        gaeldende_fra: ymd(2015, 1, 5),
        forsoerger: v(14_416.0, BM_2015),
        ikke_forsoerger: v(10_849.0, BM_2015),
        under_25_hjemmeboende: v(3_374.0, BM_2015),
        sygedagpenge_max_per_week: v(4_135.0, BM_2015),
        ledighedsydelse_max_per_week: v(3_680.0, BM_2015),
        loenindtaegtsgraense: v(13_648.0, BM_2015),
    },
    Satser {
        sygedagpenge_max_per_week: v(4_180.0, VEJL_2016),
        ..partly(2016)
    },
    Satser {
        year: 2017,
        gaeldende_fra: ymd(2017, 1, 2),
        forsoerger: v(14_808.0, BM_2017),
        ikke_forsoerger: v(11_143.0, BM_2017),
        under_25_hjemmeboende: v(3_466.0, BM_2017),
        sygedagpenge_max_per_week: v(4_245.0, BM_2017),
        ledighedsydelse_max_per_week: v(3_780.0, BM_2017),
        loenindtaegtsgraense: v(14_116.0, BM_2017),
    },
    Satser {
        sygedagpenge_max_per_week: s(4_300.0, SDP_2018),
        ..partly(2018)
    },
    Satser {
        sygedagpenge_max_per_week: v(4_355.0, BM_2019_SDP),
        loenindtaegtsgraense: s(14_686.0, HERNING_2019),
        ..partly(2019)
    },
    Satser {
        year: 2020,
        gaeldende_fra: ymd(2020, 1, 1),
        forsoerger: v(15_355.0, BM_2020),
        ikke_forsoerger: v(11_554.0, BM_2020),
        under_25_hjemmeboende: v(3_594.0, BM_2020),
        sygedagpenge_max_per_week: v(4_405.0, BM_2020),
        ledighedsydelse_max_per_week: v(3_919.0, BM_2020),
        loenindtaegtsgraense: v(14_965.0, BM_2020),
    },
    Satser {
        year: 2021,
        gaeldende_fra: ymd(2021, 1, 1),
        forsoerger: s(15_547.0, DANSK_ERHVERV_2021),
        ikke_forsoerger: s(11_698.0, DANSK_ERHVERV_2021),
        under_25_hjemmeboende: s(3_639.0, DANSK_ERHVERV_2021),
        sygedagpenge_max_per_week: s(4_460.0, DANSK_ERHVERV_2021),
        ledighedsydelse_max_per_week: None,
        loenindtaegtsgraense: v(15_264.0, STAR_2021_GRAENSE),
    },
    Satser {
        year: 2022,
        gaeldende_fra: ymd(2022, 1, 1),
        forsoerger: v(15_570.0, BM_2022),
        ikke_forsoerger: v(11_716.0, BM_2022),
        under_25_hjemmeboende: v(3_644.0, BM_2022),
        sygedagpenge_max_per_week: v(4_465.0, BM_2022),
        ledighedsydelse_max_per_week: v(3_974.0, BM_2022),
        loenindtaegtsgraense: v(15_401.0, BM_2022),
    },
    Satser {
        year: 2023,
        gaeldende_fra: ymd(2023, 1, 1),
        forsoerger: s(15_874.0, RFY_2023),
        ikke_forsoerger: s(11_944.0, RFY_2023),
        under_25_hjemmeboende: None,
        sygedagpenge_max_per_week: v(4_550.0, VEJL_2023),
        ledighedsydelse_max_per_week: None,
        loenindtaegtsgraense: v(15_817.0, STAR_2023_GRAENSE),
    },
    Satser {
        year: 2024,
        gaeldende_fra: ymd(2024, 1, 1),
        forsoerger: v(16_382.0, BM_2024),
        ikke_forsoerger: v(12_326.0, BM_2024),
        under_25_hjemmeboende: v(3_834.0, BM_2024),
        sygedagpenge_max_per_week: v(4_695.0, BM_2024),
        ledighedsydelse_max_per_week: v(4_185.0, BM_2024),
        loenindtaegtsgraense: v(16_323.0, BM_2024),
    },
    Satser {
        sygedagpenge_max_per_week: s(4_865.0, DANLOEN_2025),
        ..partly(2025)
    },
    Satser {
        loenindtaegtsgraense: s(17_672.0, SYDDJURS_2026),
        ..partly(2026)
    },
];

/// The day the rates were last searched for (docs/research/legal-currency-2026-12.md).
pub const SATSER_SOEGT: NaiveDate = ymd(2026, 12, 3);

/// The rates of `year`, if the table has the year (whatever figures it holds).
pub fn satser(year: i32) -> Option<&'static Satser> {
    SATSER.iter().find(|satser| satser.year == year)
}

/// The years a user can choose.
pub fn rate_years() -> impl Iterator<Item = i32> {
    SATSER.iter().filter(|s| s.selectable()).map(|s| s.year)
}

/// The year whose rates apply on `date`: its own, or the year before in the first days of a
/// January when the ministry's page names a later first day.
pub fn rate_year_on(date: NaiveDate) -> i32 {
    let year = date.year();
    match satser(year) {
        Some(rates) if date < rates.gaeldende_fra => year - 1,
        _ => year,
    }
}

/// A weekly amount as a monthly one in whole øre: × 52 / 12, rounded half away from zero.
pub fn weekly_to_monthly_ore(kr_per_week: f64) -> i64 {
    let weekly_ore = (kr_per_week * 100.0).round() as i64;
    (weekly_ore * 52 + 6) / 12
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekly_amounts_become_monthly_to_the_ore() {
        // 4.405 × 52 / 12 = 19.088,333… → 19.088,33; 4.460 × 52 / 12 = 19.326,666… → 19.326,67.
        assert_eq!(weekly_to_monthly_ore(4_405.0), 1_908_833);
        assert_eq!(weekly_to_monthly_ore(4_460.0), 1_932_667);
        assert_eq!(weekly_to_monthly_ore(4_695.0), 2_034_500);
    }

    #[test]
    fn one_row_per_year_in_order_and_only_sourced_years_can_be_chosen() {
        let years: Vec<i32> = SATSER.iter().map(|s| s.year).collect();
        assert_eq!(years, (2013..=2026).collect::<Vec<_>>());
        assert_eq!(
            rate_years().collect::<Vec<_>>(),
            [2015, 2017, 2020, 2021, 2022, 2023, 2024]
        );
        assert!(SATSER
            .iter()
            .all(|s| s.gaeldende_fra.format("%Y").to_string() == s.year.to_string()));
    }

    /// Every figure as docs/research/legal-currency-2026-12.md § 1.1 records it (V verified,
    /// S secondary, – not found): an edit to the table that the research does not back fails here.
    #[test]
    fn the_table_is_the_research_matrix() {
        const MATRIX: [&str; 14] = [
            // year  forsørger ikke-fors. u25-hjemme sdp/uge ledig/uge grænse
            "2013 – – – 4005V – –",
            "2014 – – – 4075V – –",
            "2015 14416V 10849V 3374V 4135V 3680V 13648V",
            "2016 – – – 4180V – –",
            "2017 14808V 11143V 3466V 4245V 3780V 14116V",
            "2018 – – – 4300S – –",
            "2019 – – – 4355V – 14686S",
            "2020 15355V 11554V 3594V 4405V 3919V 14965V",
            "2021 15547S 11698S 3639S 4460S – 15264V",
            "2022 15570V 11716V 3644V 4465V 3974V 15401V",
            "2023 15874S 11944S – 4550V – 15817V",
            "2024 16382V 12326V 3834V 4695V 4185V 16323V",
            "2025 – – – 4865S – –",
            "2026 – – – – – 17672S",
        ];
        for (row, rates) in MATRIX.iter().zip(&SATSER) {
            let mut cells = row.split(' ');
            assert_eq!(cells.next().map(str::parse::<i32>), Some(Ok(rates.year)));
            for (cell, figur) in cells.zip(FIGURER) {
                let got = rates.figur(figur).map(|s| {
                    let status = if s.status == Kildestatus::Verified {
                        "V"
                    } else {
                        "S"
                    };
                    format!("{}{status}", s.kr)
                });
                let want = (cell != "–").then(|| cell.to_string());
                assert_eq!(got, want, "{} {figur:?}", rates.year);
            }
        }
    }

    /// Both main monthly rates, not one of them, make a year selectable.
    #[test]
    fn a_year_with_one_main_rate_cannot_be_chosen() {
        let sats = v(1.0, "test");
        assert!(!Satser {
            forsoerger: sats,
            ..partly(2030)
        }
        .selectable());
        assert!(!Satser {
            ikke_forsoerger: sats,
            ..partly(2030)
        }
        .selectable());
        assert!(Satser {
            forsoerger: sats,
            ikke_forsoerger: sats,
            ..partly(2030)
        }
        .selectable());
    }

    /// The default year is the fallback for a year lacking a figure, so it must hold every figure
    /// an estimate can need (only the ledighedsydelse ceiling may be missing: that warns).
    #[test]
    fn the_default_year_has_every_figure_an_estimate_needs() {
        let default =
            satser(crate::rules::DEFAULT_RATE_YEAR).expect("the default year is in the table");
        for figur in FIGURER
            .into_iter()
            .filter(|f| *f != Figur::LedighedsydelseMaxPerUge)
        {
            assert!(default.figur(figur).is_some(), "{figur:?}");
        }
    }

    /// The rates change on the day the ministry's page names: 2015 from 5 January (bm.dk).
    #[test]
    fn the_rates_in_force_change_on_their_first_day() {
        let year_on = |y, m, d| rate_year_on(ymd(y, m, d));
        assert_eq!(year_on(2015, 1, 4), 2014);
        assert_eq!(year_on(2015, 1, 5), 2015);
        assert_eq!(year_on(2015, 1, 6), 2015);
        assert_eq!(year_on(2017, 1, 1), 2016);
        assert_eq!(year_on(2017, 1, 2), 2017);
        assert_eq!(year_on(2023, 12, 31), 2023);
        assert_eq!(year_on(2024, 1, 1), 2024);
        assert_eq!(year_on(2030, 6, 1), 2030);
    }
}
