using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Dialogue.Workflows.AspNetCore.Tests;

/// <summary>
/// The sample's pages in a real headless Chromium: the ward office drafts the Chánh Lộ plan, sees its timeline, records a
/// task; the ward police sees issuing refused as not theirs; the calendar downloads.
/// </summary>
public sealed class BrowserTests : IDisposable
{
    private readonly SampleHost _host = new();
    private readonly string _downloads;
    private readonly ChromeDriver _browser;

    public BrowserTests()
    {
        _downloads = Path.Combine(_host.Folder, "downloads");
        Directory.CreateDirectory(_downloads);
        var options = new ChromeOptions { BinaryLocation = BrowserEnvironment.Browser };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--lang=vi",
            $"--user-data-dir={Path.Combine(_host.Folder, "profile")}");
        options.AddUserProfilePreference("download.default_directory", _downloads);
        options.AddUserProfilePreference("download.prompt_for_download", false);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(BrowserEnvironment.Driver)!, Path.GetFileName(BrowserEnvironment.Driver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        _browser = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        _browser.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
    }

    [BrowserFact]
    public void The_office_drafts_a_plan_sees_its_timeline_records_a_task_the_police_may_not_issue_the_calendar_downloads()
    {
        // Signing in: the plans are behind the sign-in page.
        Go("/");
        Assert.Contains("/login", _browser.Url);
        _browser.FindElement(By.Id("login-vp-01")).Click();
        Wait(() => _browser.FindElements(By.Id("create")).Count > 0);

        // The office drafts the Chánh Lộ ward chairman's 2023 plan, session 15/09/2023.
        _browser.ExecuteScript("document.querySelector('#create select[name=type]').value = 'ward-chairman';"
            + "document.querySelector('#create input[name=session]').value = '2023-09-15';"
            + "document.querySelector('#create input[name=id]').value = 'chanh-lo-2023';");
        _browser.FindElement(By.CssSelector("#create button")).Click();
        Wait(() => _browser.FindElements(By.Id("plan-id")).Count > 0);
        Assert.Equal("chanh-lo-2023", _browser.FindElement(By.Id("plan-id")).Text);
        Assert.Equal("Draft", _browser.FindElement(By.Id("plan-status")).Text);

        // Its timeline: the Front's summary due 05/09/2023, its explanation on demand.
        var front = _browser.FindElement(By.CssSelector("#timeline tr[data-id='front-summary@session-1']"));
        Assert.Contains("05/09/2023", front.Text);
        var details = front.FindElement(By.TagName("details"));
        Assert.False(details.FindElement(By.TagName("pre")).Displayed);
        details.FindElement(By.TagName("summary")).Click();
        Assert.True(details.FindElement(By.TagName("pre")).Displayed);

        // An action of the office, which records the units' tasks: the Front's summary came in.
        var complete = _browser.FindElement(By.CssSelector("#actions form[data-command='complete-task'][data-entity='front-summary@session-1']"));
        complete.FindElement(By.TagName("button")).Click();
        Wait(() => _browser.FindElements(By.Id("message")).Count > 0);
        Assert.Contains("Đã ghi nhận", _browser.FindElement(By.Id("message")).Text);
        Assert.Contains("Done", _browser.FindElement(By.CssSelector("#timeline tr[data-id='front-summary@session-1']")).Text);
        Assert.Equal(2, _browser.FindElements(By.CssSelector("#history tbody tr")).Count);

        // The office may not issue it: shown blocked, with the reason.
        Assert.Empty(_browser.FindElements(By.CssSelector("#actions form[data-command='issue-plan']")));

        // The calendar downloads.
        _browser.FindElement(By.Id("export-ics")).Click();
        var file = Path.Combine(_downloads, "chanh-lo-2023.ics");
        Wait(() => File.Exists(file) && File.ReadAllText(file).Contains("END:VCALENDAR", StringComparison.Ordinal));
        Assert.Contains("UID:chanh-lo-2023.session-1@dialogue-workflows", File.ReadAllText(file));

        // The list of plans, from the read model: the plan, its status and its next due date.
        Go("/");
        var row = _browser.FindElement(By.CssSelector("#plans tr[data-id='chanh-lo-2023']"));
        Assert.Contains("Draft", row.Text);
        Assert.Matches(@"\d{2}/\d{2}/2023", row.Text);

        // The ward police: issuing the plan is not theirs, and the page says so.
        Go("/login");
        _browser.FindElement(By.Id("login-ca-01")).Click();
        Wait(() => _browser.FindElements(By.Id("create")).Count > 0);
        Go("/plan/chanh-lo-2023");
        Assert.Empty(_browser.FindElements(By.CssSelector("#actions form[data-command='issue-plan']")));
        Assert.Empty(_browser.FindElements(By.CssSelector("#actions form[data-command='receive-petition']")));
        var refused = _browser.FindElement(By.CssSelector("#blocked div[data-command='issue-plan']"));
        Assert.Contains("authorization.wrong-unit", refused.Text);
        Assert.Contains("Công an phường", refused.Text);
        Assert.Contains("Chủ tịch UBND phường", refused.Text);
    }

    private void Go(string path) => _browser.Navigate().GoToUrl(new Uri(_host.Address, path));

    private void Wait(Func<bool> condition) =>
        new WebDriverWait(_browser, TimeSpan.FromSeconds(15)).Until(_ => condition());

    public void Dispose()
    {
        _browser.Quit();
        _browser.Dispose();
        _host.Dispose();
    }
}
