namespace Dialogue.Workflows.AspNetCore.Tests;

/// <summary>
/// Where Debian's Chromium and its driver are (packages <c>chromium</c> and <c>chromium-driver</c>). Without them the browser
/// tests are skipped with the reason, except under CI (<c>CI=true</c>), where <c>.ci/run</c> installs them and a missing
/// browser must fail.
/// </summary>
internal static class BrowserEnvironment
{
    public static string? Browser { get; } = Find("DIALOGUE_CHROMIUM", "/usr/bin/chromium", "/usr/bin/chromium-browser");

    public static string? Driver { get; } = Find("DIALOGUE_CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    public static bool IsContinuousIntegration => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? SkipReason => (Browser is null || Driver is null) && !IsContinuousIntegration
        ? "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver); .ci/run installs them."
        : null;

    private static string? Find(string variable, params string[] paths) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } given ? given : paths.FirstOrDefault(File.Exists);
}
