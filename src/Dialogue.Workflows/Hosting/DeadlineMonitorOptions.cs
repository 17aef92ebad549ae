namespace Dialogue.Workflows.Hosting;

/// <summary>Settings of the <see cref="DeadlineMonitor"/>.</summary>
/// <remarks>
/// Bindable from configuration (<c>services.Configure&lt;DeadlineMonitorOptions&gt;(configuration.GetSection("DeadlineMonitor"))</c>):
/// the intervals are <see cref="TimeSpan"/>s, written <c>"00:05:00"</c>.
/// </remarks>
/// <example>
/// <code>
/// // appsettings.json: { "DeadlineMonitor": { "Interval": "00:05:00", "LeadWorkingDays": 3, "ClaimLease": "00:02:00" } }
/// services.Configure&lt;DeadlineMonitorOptions&gt;(configuration.GetSection("DeadlineMonitor"));
/// services.AddDialogueWorkflows(b => b.UseSqlite("plans.db").AddWardPlans().AddDeadlineMonitor());
/// </code>
/// </example>
public sealed class DeadlineMonitorOptions
{
    /// <summary>How often the monitor looks for due deadlines. Default: 15 minutes.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How many working days before its due date a deadline is "approaching". Default: 3.</summary>
    public int LeadWorkingDays { get; set; } = 3;

    /// <summary>How long a host holds a notification it is delivering before another host may take it over. Default: 5 minutes.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>This host's name in the notification ledger. Default: the machine name and process id.</summary>
    public string HostName { get; set; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>Checks the settings.</summary>
    /// <returns>The problems found; empty when the settings are valid.</returns>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Interval <= TimeSpan.Zero)
        {
            problems.Add($"DeadlineMonitorOptions.Interval must be positive; it is {Interval}.");
        }

        if (LeadWorkingDays < 0)
        {
            problems.Add($"DeadlineMonitorOptions.LeadWorkingDays must not be negative; it is {LeadWorkingDays}.");
        }

        if (ClaimLease <= TimeSpan.Zero)
        {
            problems.Add($"DeadlineMonitorOptions.ClaimLease must be positive; it is {ClaimLease}.");
        }

        if (string.IsNullOrWhiteSpace(HostName))
        {
            problems.Add("DeadlineMonitorOptions.HostName must not be empty.");
        }

        return problems;
    }
}
