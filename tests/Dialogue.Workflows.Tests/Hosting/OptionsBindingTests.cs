using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Tests.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Dialogue.Workflows.Tests.Hosting;

/// <summary>Every options class of the core binds from configuration as a host writes it in appsettings.json.</summary>
public sealed class OptionsBindingTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void DeadlineMonitorOptions_IntervalsWrittenAsTimeSpans_Bind()
    {
        var options = Configuration(("Interval", "00:05:00"), ("ClaimLease", "00:02:30"), ("LeadWorkingDays", "5"), ("HostName", "ubnd-01"))
            .Get<DeadlineMonitorOptions>()!;

        Assert.Equal((TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(150), 5, "ubnd-01"), (options.Interval, options.ClaimLease, options.LeadWorkingDays, options.HostName));
        Assert.Empty(options.Problems());
    }

    [Fact]
    public void DeadlineMonitorOptions_FromASectionThroughTheServices_ReachTheMonitor()
    {
        var configuration = Configuration(("DeadlineMonitor:Interval", "00:01:00"), ("DeadlineMonitor:HostName", "host-from-config"));
        var services = new ServiceCollection()
            .Configure<DeadlineMonitorOptions>(o => configuration.GetSection("DeadlineMonitor").Bind(o))
            .AddDialogueWorkflows(b => b.UseInMemoryStore().AddPlanType<NeighbourhoodPlanType>().AddDeadlineMonitor());
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<DeadlineMonitorOptions>>().Value;

        Assert.Equal((TimeSpan.FromMinutes(1), "host-from-config"), (options.Interval, options.HostName));
        Assert.NotNull(provider.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<DeadlineMonitor>().Single());
    }

    [Fact]
    public void DialogueEngineOptions_Bind()
    {
        var options = Configuration(("CalendarChangePolicy", "Keep"), ("ConcurrencyRetries", "7"), ("ApproachingWorkingDays", "2"), ("MaxBackdatingDays", "30"))
            .Get<DialogueEngineOptions>()!;

        Assert.Equal((CalendarChangePolicy.Keep, 7, 2, 30), (options.CalendarChangePolicy, options.ConcurrencyRetries, options.ApproachingWorkingDays, options.MaxBackdatingDays));
    }

    [Fact]
    public void WorkingCalendarOptions_ScheduleFilesAndSwitches_Bind()
    {
        var options = Configuration(("UseShippedSchedules", "false"), ("ScheduleFiles:0", "calendar-2028.json"), ("CultureDayOnWeekend", "CompensatoryDay"))
            .Get<WorkingCalendarOptions>()!;

        Assert.False(options.UseShippedSchedules);
        Assert.Equal(["calendar-2028.json"], options.ScheduleFiles);
        Assert.Equal(CultureDayOnWeekend.CompensatoryDay, options.CultureDayOnWeekend);
        Assert.Equal([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], options.WeeklyRestDays.Order());
    }
}
