//! The model of a comparison's result: findings, their verdict and
//! severity, the distinct values of each, and the report that gathers them.
//! Every output format renders these types; nothing here knows how.

use serde::Serialize;

use crate::record::Record;

/// The verdict of a group of claims.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Every source gives the same value.
    Agreement,
    /// The values differ but can all be true.
    Compatible,
    /// At least two values cannot both be true.
    Contradiction,
    /// The values of a changing tally differ in the direction of time: a
    /// later dated source gives a larger figure (a newer figure exists).
    Update,
}

/// How much a finding matters; `--fail-on` compares against it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// For information: agreements, compatible values, updates.
    Info,
    /// Worth a look: values that cannot both be true but come from different
    /// claimants (the police figure and the union figure); a checked source
    /// that gives an older figure than its reference.
    Warning,
    /// An inconsistency an editor must resolve.
    Error,
}

impl Severity {
    /// The name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl Verdict {
    /// The name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Agreement => "agreement",
            Verdict::Compatible => "compatible",
            Verdict::Contradiction => "contradiction",
            Verdict::Update => "update",
        }
    }
}

/// One distinct value of a group and the claims that give it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Value {
    /// The value as a person reads it: "17", "more than 50000", "about 30".
    pub label: String,
    /// Indices into the finding's `claims`.
    pub claims: Vec<usize>,
}

/// The verdict on one group of claims (same key, same scope).
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// Agreement, compatible, contradiction or update.
    pub kind: Verdict,
    /// How much it matters.
    pub severity: Severity,
    /// The concept key of the group.
    pub key: String,
    /// The scope of the group.
    pub scope: Option<String>,
    /// Why, in one sentence.
    pub explanation: String,
    /// The reason a person gave for accepting this difference, if any.
    pub accepted: Option<String>,
    /// Every claim of the group, by source then position.
    pub claims: Vec<Record>,
    /// The distinct values, in increasing order.
    pub values: Vec<Value>,
    /// The two values the explanation names as unable to both be true
    /// (indices into `values`: the one with the lowest high end, then the
    /// one with the highest low end), so that a report can point at them
    /// without judging again; `None` when no two values are disjoint. Not
    /// part of the JSON contract: the explanation already names them.
    pub conflict: Option<[usize; 2]>,
    /// In a check `--against` references, the claim (index into `claims`,
    /// always 0) of the checked source this finding is about; the other
    /// claims are the references'. `None` when sources are compared alike.
    pub checked: Option<usize>,
}

impl Finding {
    /// The label reports show a finding with: its severity's name, or
    /// `accepted` once a person accepted it (it then fails no run, whatever
    /// its severity).
    pub fn level(&self) -> &'static str {
        if self.accepted.is_some() {
            "accepted"
        } else {
            self.severity.name()
        }
    }
}

/// A finding as the JSON contract writes it: the fields in their documented
/// order, `level` beside the severity it is derived from.
impl Serialize for Finding {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Contract<'a> {
            kind: Verdict,
            severity: Severity,
            level: &'static str,
            key: &'a str,
            scope: &'a Option<String>,
            explanation: &'a str,
            accepted: &'a Option<String>,
            claims: &'a [Record],
            values: &'a [Value],
            #[serde(skip_serializing_if = "Option::is_none")]
            checked: Option<usize>,
        }
        Contract {
            kind: self.kind,
            severity: self.severity,
            level: self.level(),
            key: &self.key,
            scope: &self.scope,
            explanation: &self.explanation,
            accepted: &self.accepted,
            claims: &self.claims,
            values: &self.values,
            checked: self.checked,
        }
        .serialize(serializer)
    }
}

/// The counts a report ends with.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Sources read.
    pub sources: usize,
    /// Count claims compared.
    pub claims: usize,
    /// Findings of each verdict.
    pub agreements: usize,
    /// Compatible findings.
    pub compatible: usize,
    /// Contradictions.
    pub contradictions: usize,
    /// Updates: newer figures of a changing tally.
    pub updates: usize,
    /// Findings a person accepted, by verdict: counted here and not in the
    /// counts above, so that `contradictions` are the open ones.
    pub accepted: AcceptedCounts,
    /// In a check `--against` references: the checked figures by verdict.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub figures: Option<FigureCounts>,
}

/// The checked figures of a check `--against` references, by verdict.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct FigureCounts {
    /// Figures a reference gives the same value as.
    pub confirmed: usize,
    /// Figures the references' can all be true with.
    pub compatible: usize,
    /// Figures a reference's cannot be true with.
    pub contradicted: usize,
    /// Figures of a changing tally a later reference gives a newer value of
    /// (or an older one).
    pub updates: usize,
    /// Figures no reference gives a value for.
    pub no_source: usize,
}

/// What the references say of one checked figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    /// A reference gives the same value.
    Confirmed,
    /// The references' values differ but can be true with it.
    Compatible,
    /// A reference's value cannot be true with it.
    Contradicted,
    /// A changing tally whose dated figures differ in the direction of time.
    Update,
    /// No reference gives a value of the same thing.
    NoSource,
}

impl Standing {
    /// The name used in reports: `confirmed`, …, `no source`.
    pub fn name(self) -> &'static str {
        match self {
            Standing::Confirmed => "confirmed",
            Standing::Compatible => "compatible",
            Standing::Contradicted => "contradicted",
            Standing::Update => "update",
            Standing::NoSource => "no source",
        }
    }

    /// The standing of a checked figure whose finding has verdict `kind`.
    pub fn of(kind: Verdict) -> Standing {
        match kind {
            Verdict::Agreement => Standing::Confirmed,
            Verdict::Compatible => Standing::Compatible,
            Verdict::Contradiction => Standing::Contradicted,
            Verdict::Update => Standing::Update,
        }
    }
}

/// One figure of a checked source, judged against the references: one
/// line of a draft's report.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    /// What the references say of it.
    pub verdict: Standing,
    /// How much it matters: its finding's severity (info with no source).
    pub severity: Severity,
    /// Why, in one sentence, naming the references that decide.
    pub explanation: String,
    /// The reference sources that give a value of the same thing.
    pub references: Vec<String>,
    /// The checked claim.
    pub claim: Record,
}

/// The accepted findings of a report, by verdict.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct AcceptedCounts {
    /// Accepted contradictions.
    pub contradictions: usize,
    /// Accepted updates.
    pub updates: usize,
    /// Accepted compatible values.
    pub compatible: usize,
}

/// Everything a check found.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Report {
    /// Findings, most severe first, then by key and scope.
    pub findings: Vec<Finding>,
    /// In a check `--against` references: every figure of the checked
    /// sources with its verdict, in source order; `None` otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub figures: Option<Vec<Figure>>,
    /// The counts.
    pub summary: Summary,
}

impl Report {
    /// The report of a check `--against` references: [`Report::new`] with
    /// the checked sources' `figures`, sorted by source and position.
    pub fn with_figures(
        findings: Vec<Finding>,
        mut figures: Vec<Figure>,
        sources: usize,
        claims: usize,
    ) -> Report {
        let mut report = Report::new(findings, sources, claims);
        figures.sort_by(|a, b| {
            (&a.claim.source, a.claim.start, &a.claim.key).cmp(&(
                &b.claim.source,
                b.claim.start,
                &b.claim.key,
            ))
        });
        report.figures = Some(figures);
        report.recount();
        report
    }

    /// The report of `findings` on `claims` count claims of `sources`
    /// sources: the findings sorted (most severe first, then by key and
    /// scope, in their given order otherwise) and counted by verdict. Every
    /// report is made here, so findings are sorted in one place.
    pub fn new(mut findings: Vec<Finding>, sources: usize, claims: usize) -> Report {
        findings.sort_by(|a, b| {
            b.severity
                .cmp(&a.severity)
                .then_with(|| (&a.key, &a.scope).cmp(&(&b.key, &b.scope)))
        });
        let mut report = Report {
            findings,
            figures: None,
            summary: Summary {
                sources,
                claims,
                ..Summary::default()
            },
        };
        report.recount();
        report
    }

    /// Counts the findings again, by verdict, the accepted ones apart: after
    /// findings were marked accepted.
    pub fn recount(&mut self) {
        let summary = &mut self.summary;
        *summary = Summary {
            sources: summary.sources,
            claims: summary.claims,
            ..Summary::default()
        };
        if let Some(figures) = &self.figures {
            let mut counts = FigureCounts::default();
            for figure in figures {
                *match figure.verdict {
                    Standing::Confirmed => &mut counts.confirmed,
                    Standing::Compatible => &mut counts.compatible,
                    Standing::Contradicted => &mut counts.contradicted,
                    Standing::Update => &mut counts.updates,
                    Standing::NoSource => &mut counts.no_source,
                } += 1;
            }
            summary.figures = Some(counts);
        }
        for finding in &self.findings {
            let accepted = finding.accepted.is_some();
            let count = match (finding.kind, accepted) {
                (Verdict::Agreement, _) => &mut summary.agreements,
                (Verdict::Compatible, false) => &mut summary.compatible,
                (Verdict::Compatible, true) => &mut summary.accepted.compatible,
                (Verdict::Contradiction, false) => &mut summary.contradictions,
                (Verdict::Contradiction, true) => &mut summary.accepted.contradictions,
                (Verdict::Update, false) => &mut summary.updates,
                (Verdict::Update, true) => &mut summary.accepted.updates,
            };
            *count += 1;
        }
    }
}
