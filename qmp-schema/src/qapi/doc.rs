//! A `##` documentation block: its sections (body, member and feature
//! descriptions, tagged sections such as `Returns:` and `Since:`) and the
//! checks that tie it to the definition it documents.

use super::source::{InfoId, Infos, QapiError};

/// The kinds of doc section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Plain,
    Member,
    Feature,
    Returns,
    Errors,
    Since,
    Todo,
    /// A pre-9.2 `Note:`/`Notes:` section (accepted with a warning).
    LegacyNote,
    /// A pre-9.2 `Example:`/`Examples:` section (accepted with a warning).
    LegacyExample,
}

impl Kind {
    /// QEMU's spelling (`Plain`, `Returns`, `Todo`, ...).
    pub fn title(self) -> &'static str {
        match self {
            Kind::Plain => "Plain",
            Kind::Member => "Member",
            Kind::Feature => "Feature",
            Kind::Returns => "Returns",
            Kind::Errors => "Errors",
            Kind::Since => "Since",
            Kind::Todo => "Todo",
            Kind::LegacyNote => "Note",
            Kind::LegacyExample => "Example",
        }
    }

    pub fn from_tag(tag: &str) -> Kind {
        match tag {
            "Returns" => Kind::Returns,
            "Errors" => Kind::Errors,
            "Since" => Kind::Since,
            "TODO" => Kind::Todo,
            t if t.starts_with("Note") => Kind::LegacyNote,
            _ => Kind::LegacyExample,
        }
    }
}

/// One section of a doc block.
#[derive(Clone, Debug)]
pub(crate) struct Section {
    pub info: InfoId,
    pub kind: Kind,
    pub text: String,
    /// Whether a schema member was connected to this description.
    pub connected: bool,
}

/// A doc comment block.
#[derive(Clone, Debug)]
pub(crate) struct QDoc {
    pub info: InfoId,
    /// The documented definition; `None` for free-form text.
    pub symbol: Option<String>,
    /// Section storage; index 0 is the body.
    pub secs: Vec<Section>,
    /// Sections in textual order (indices into `secs`).
    pub all: Vec<usize>,
    /// Member descriptions by name, in order.
    pub args: Vec<(String, usize)>,
    /// Feature descriptions by name, in order.
    pub features: Vec<(String, usize)>,
    pub returns: Option<usize>,
    pub errors: Option<usize>,
    pub since: Option<usize>,
    /// Sections other than body, members and features.
    pub sections: Vec<usize>,
    /// Every line of the block as written (without the `#` markers).
    pub raw: String,
    /// Warnings about legacy syntax.
    pub warnings: Vec<(InfoId, String)>,
}

impl QDoc {
    pub fn new(info: InfoId, symbol: Option<String>) -> Self {
        QDoc {
            info,
            symbol,
            secs: vec![Section {
                info,
                kind: Kind::Plain,
                text: String::new(),
                connected: false,
            }],
            all: vec![0],
            args: Vec::new(),
            features: Vec::new(),
            returns: None,
            errors: None,
            since: None,
            sections: Vec::new(),
            raw: String::new(),
            warnings: Vec::new(),
        }
    }

    pub fn body(&self) -> &str {
        &self.secs[0].text
    }

    fn push(&mut self, info: InfoId, kind: Kind) -> usize {
        self.secs.push(Section {
            info,
            kind,
            text: String::new(),
            connected: false,
        });
        self.secs.len() - 1
    }

    pub fn end(&mut self, infos: &Infos) -> Result<(), QapiError> {
        for &i in &self.all {
            let s = &mut self.secs[i];
            s.text = s.text.trim_matches('\n').to_string();
            if s.kind != Kind::Plain && s.text.is_empty() {
                return Err(QapiError::at(
                    infos,
                    s.info,
                    None,
                    format!("text required after '{}:'", s.kind.title()),
                ));
            }
        }
        Ok(())
    }

    pub fn ensure_untagged_section(&mut self, info: InfoId) {
        if let Some(&last) = self.all.last() {
            if self.secs[last].kind == Kind::Plain {
                let s = &mut self.secs[last];
                if s.text.is_empty() {
                    s.info = info;
                }
                s.text.push('\n');
                return;
            }
        }
        let i = self.push(info, Kind::Plain);
        self.sections.push(i);
        self.all.push(i);
    }

    pub fn new_tagged_section(
        &mut self,
        infos: &Infos,
        info: InfoId,
        kind: Kind,
    ) -> Result<(), QapiError> {
        let i = self.push(info, kind);
        let slot = match kind {
            Kind::Returns => Some(&mut self.returns),
            Kind::Errors => Some(&mut self.errors),
            Kind::Since => Some(&mut self.since),
            _ => None,
        };
        if let Some(slot) = slot {
            if slot.is_some() {
                return Err(QapiError::at(
                    infos,
                    info,
                    None,
                    format!("duplicated '{}' section", kind.title()),
                ));
            }
            *slot = Some(i);
        }
        self.sections.push(i);
        self.all.push(i);
        Ok(())
    }

    fn new_description(
        &mut self,
        infos: &Infos,
        info: InfoId,
        name: &str,
        kind: Kind,
    ) -> Result<(), QapiError> {
        if name.is_empty() {
            return Err(QapiError::at(infos, info, None, "invalid parameter name"));
        }
        let desc = if kind == Kind::Member {
            &self.args
        } else {
            &self.features
        };
        if desc.iter().any(|(n, _)| n == name) {
            return Err(QapiError::at(
                infos,
                info,
                None,
                format!("'{name}' parameter name duplicated"),
            ));
        }
        let i = self.push(info, kind);
        self.all.push(i);
        if kind == Kind::Member {
            self.args.push((name.to_string(), i));
        } else {
            self.features.push((name.to_string(), i));
        }
        Ok(())
    }

    pub fn new_argument(
        &mut self,
        infos: &Infos,
        info: InfoId,
        name: &str,
    ) -> Result<(), QapiError> {
        self.new_description(infos, info, name, Kind::Member)
    }

    pub fn new_feature(
        &mut self,
        infos: &Infos,
        info: InfoId,
        name: &str,
    ) -> Result<(), QapiError> {
        self.new_description(infos, info, name, Kind::Feature)
    }

    pub fn append_line(&mut self, line: &str) {
        if let Some(&last) = self.all.last() {
            let s = &mut self.secs[last];
            s.text.push_str(line);
            s.text.push('\n');
        }
    }

    /// Connects a schema member (`role` is `member`, `value` or `branch`).
    /// An undocumented member is an error unless the pragma
    /// `documentation-exceptions` names the definition; this front end
    /// accepts it with a warning instead (older schemas predate the
    /// pragma), adding an empty description as QEMU does for exceptions.
    pub fn connect_member(
        &mut self,
        name: &str,
        role: &str,
        info: InfoId,
        exceptions: &[String],
        warnings: &mut Vec<(InfoId, String)>,
    ) {
        if !self.args.iter().any(|(n, _)| n == name) {
            let excepted = self
                .symbol
                .as_ref()
                .is_some_and(|s| exceptions.iter().any(|e| e == s));
            if !excepted {
                warnings.push((info, format!("{role} '{name}' lacks documentation")));
            }
            let i = self.push(self.info, Kind::Member);
            self.args.push((name.to_string(), i));
            let mut index = 1;
            if self.all.len() > 1 {
                while index < self.all.len() && self.secs[self.all[index]].kind == Kind::Member {
                    index += 1;
                }
            }
            self.all.insert(index.min(self.all.len()), i);
        }
        if let Some(&(_, i)) = self.args.iter().find(|(n, _)| n == name) {
            self.secs[i].connected = true;
        }
    }

    pub fn connect_feature(
        &mut self,
        infos: &Infos,
        name: &str,
        info: InfoId,
    ) -> Result<(), QapiError> {
        match self.features.iter().find(|(n, _)| n == name) {
            Some(&(_, i)) => {
                self.secs[i].connected = true;
                Ok(())
            }
            None => Err(QapiError::at(
                infos,
                info,
                None,
                format!("feature '{name}' lacks documentation"),
            )),
        }
    }

    /// Checks the sections against the kind of definition. A `Returns:`
    /// section that says "nothing" or names errors, on a command that returns
    /// nothing (the style of schemas before QEMU 9.1), is only a warning.
    pub fn check_expr(
        &self,
        infos: &Infos,
        is_command: bool,
        has_returns: bool,
        warnings: &mut Vec<(InfoId, String)>,
    ) -> Result<(), QapiError> {
        let err = |i: usize, m: &str| Err(QapiError::at(infos, self.secs[i].info, None, m));
        if is_command {
            if let (Some(r), false) = (self.returns, has_returns) {
                let sec = &self.secs[r];
                // Before the 'Errors' section (QEMU 9.1), such a section
                // said "nothing on success" or listed the errors.
                let text = sec.text.to_ascii_lowercase();
                if text.contains("nothing") || text.contains("error") {
                    warnings.push((
                        sec.info,
                        "'Returns' section on a command that returns nothing (obsolete since QEMU 9.1); accepted"
                            .to_string(),
                    ));
                    return Ok(());
                }
                return err(r, "'Returns' section, but command doesn't return anything");
            }
        } else {
            if let Some(r) = self.returns {
                return err(r, "'Returns' section is only valid for commands");
            }
            if let Some(e) = self.errors {
                return err(e, "'Errors' section is only valid for commands");
            }
        }
        Ok(())
    }

    /// Reports descriptions of members or features that do not exist.
    pub fn check(&self, infos: &Infos) -> Result<(), QapiError> {
        for (list, what) in [(&self.args, "member"), (&self.features, "feature")] {
            let bogus: Vec<&(String, usize)> = list
                .iter()
                .filter(|(_, i)| !self.secs[*i].connected)
                .collect();
            if let Some(first) = bogus.first() {
                let names: Vec<&str> = bogus.iter().map(|(n, _)| n.as_str()).collect();
                let many = bogus.len() > 1;
                return Err(QapiError::at(
                    infos,
                    self.secs[first.1].info,
                    None,
                    format!(
                        "documented {what}{} '{}' {} not exist",
                        if many { "s" } else { "" },
                        names.join("', '"),
                        if many { "do" } else { "does" }
                    ),
                ));
            }
        }
        Ok(())
    }
}
