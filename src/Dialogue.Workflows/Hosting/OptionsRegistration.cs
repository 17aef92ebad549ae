using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dialogue.Workflows.Hosting;

/// <summary>Registers configure delegates so that the same delegate given twice is applied once.</summary>
internal static class OptionsRegistration
{
    /// <summary>Adds <paramref name="configure"/> for the default options unless an equal delegate is already registered.</summary>
    /// <remarks>
    /// Options' own <c>Configure</c> applies a delegate as often as it is registered, so a host that
    /// runs its set-up twice would add each calendar override twice (which the calendar rejects).
    /// Delegates compare by method and target: the same lambda over the same captured values is
    /// skipped, the same lambda over other values is not.
    /// </remarks>
    public static void ConfigureOnce<TOptions>(IServiceCollection services, Action<TOptions> configure)
        where TOptions : class
    {
        services.AddOptions<TOptions>();
        var registered = services.Any(d => !d.IsKeyedService
            && d.ServiceType == typeof(IConfigureOptions<TOptions>)
            && d.ImplementationInstance is ConfigureNamedOptions<TOptions> existing
            && existing.Name == Options.DefaultName
            && Equals(existing.Action, configure));
        if (!registered)
        {
            services.AddSingleton<IConfigureOptions<TOptions>>(new ConfigureNamedOptions<TOptions>(Options.DefaultName, configure));
        }
    }
}
