namespace Dialogue.Workflows.AspNetCore.Tests;

/// <summary>A test that drives a real headless Chromium; skipped with the reason when none is installed outside CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserEnvironment.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
