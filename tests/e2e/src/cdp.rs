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

/// Slows this tab down as Lighthouse's mobile profile does when it throttles for real (its
/// `devtools` method, `throttling.mobileSlow4G` in lighthouse/core/config/constants.js): slow 4G
/// as DevTools applies it per request — 150 ms round trip × 3.75 as latency, 1.6 Mbit/s × 0.9
/// down, 750 kbit/s × 0.9 up — and the CPU 4× slower. Lasts for the tab's later navigations.
pub async fn throttle_like_a_slow_phone(client: &Client) -> Result<()> {
    let kbit = 1024.0 / 8.0; // bytes per second in a kbit/s, as Lighthouse converts
    cdp(client, "Network.enable", serde_json::json!({})).await?;
    cdp(
        client,
        "Network.emulateNetworkConditions",
        serde_json::json!({
            "offline": false,
            "latency": 150.0 * 3.75,
            "downloadThroughput": 1.6 * 1024.0 * 0.9 * kbit,
            "uploadThroughput": 750.0 * 0.9 * kbit,
        }),
    )
    .await?;
    cdp(client, "Emulation.setCPUThrottlingRate", serde_json::json!({ "rate": 4 })).await?;
    Ok(())
}

#[derive(Debug)]
struct GetLog(&'static str);

impl WebDriverCompatibleCommand for GetLog {
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/se/log", session_id.unwrap_or_default()))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(serde_json::json!({ "type": self.0 }).to_string()))
    }
}

/// One DevTools event from the performance log.
#[derive(Clone, Debug)]
pub struct LogEvent {
    /// e.g. `Network.requestWillBeSent`
    pub method: String,
    pub params: Value,
}

/// The DevTools events recorded since the last call (chromedriver empties the log as it is
/// read). Needs a browser started with [`crate::Options::performance_log`].
pub async fn performance_log(client: &Client) -> Result<Vec<LogEvent>> {
    let entries = client.issue_cmd(GetLog("performance")).await?;
    let mut events = Vec::new();
    for entry in entries.as_array().ok_or("the performance log is not an array")? {
        let message: Value = serde_json::from_str(entry["message"].as_str().unwrap_or("{}"))?;
        let message = &message["message"];
        events.push(LogEvent {
            method: message["method"].as_str().unwrap_or_default().to_string(),
            params: message["params"].clone(),
        });
    }
    Ok(events)
}

/// The URLs of the requests in these events (`Network.requestWillBeSent`), in order.
pub fn requested_urls(events: &[LogEvent]) -> Vec<String> {
    events
        .iter()
        .filter(|e| e.method == "Network.requestWillBeSent")
        .map(|e| e.params["request"]["url"].as_str().unwrap_or_default().to_string())
        .collect()
}
