pub mod case_format;
pub mod rules;
