//! Chrome DevTools Protocol commands through chromedriver's `goog/cdp/execute` endpoint
//! (`POST /session/{id}/goog/cdp/execute` with `{"cmd": …, "params": …}`), for what WebDriver
//! itself cannot do: emulating print media, running a script before the page's own, reading
//! the network log.

use crate::{Client, Result};
use fantoccini::wd::WebDriverCompatibleCommand;
use serde_json::Value;

#[derive(Debug)]
struct CdpCommand {
    cmd: String,
    params: Value,
}

impl WebDriverCompatibleCommand for CdpCommand {
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/goog/cdp/execute", session_id.unwrap_or_default()))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        let body = serde_json::json!({ "cmd": self.cmd, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

/// Runs one CDP command in the current tab and returns its result object.
pub async fn cdp(client: &Client, cmd: &str, params: Value) -> Result<Value> {
    Ok(client.issue_cmd(CdpCommand { cmd: cmd.to_string(), params }).await?)
}

/// `print` or `screen` media for CSS (`Emulation.setEmulatedMedia`); `""` restores the default.
pub async fn emulate_media(client: &Client, media: &str) -> Result<()> {
    cdp(client, "Emulation.setEmulatedMedia", serde_json::json!({ "media": media })).await?;
    Ok(())
}

/// Runs `source` in every new document of this tab before any of the page's scripts
/// (`Page.addScriptToEvaluateOnNewDocument`). The page's Content-Security-Policy does not apply
/// to it: it is the test's script, not the page's.
pub async fn on_new_document(client: &Client, source: &str) -> Result<()> {
    cdp(client, "Page.addScriptToEvaluateOnNewDocument", serde_json::json!({ "source": source })).await?;
    Ok(())
}
