using Dialogue.Workflows.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dialogue.Workflows.Hosting;

/// <summary>
/// Remembers, inside the service collection, which <see cref="IEventStore"/> registration the builder
/// made, so that a later <c>Use…()</c> can take it back without touching one the host made itself.
/// </summary>
/// <remarks>
/// It lives in the collection rather than in the builder because each <c>AddDialogueWorkflows</c>
/// call, and each package, gets a builder of its own over the same collection.
/// </remarks>
internal sealed class EventStoreChoice
{
    private ServiceDescriptor? _registered;

    /// <summary>Replaces the builder's earlier store registration, if any, with <paramref name="descriptor"/>.</summary>
    /// <remarks>Added with TryAdd, so a store the host registered earlier wins; one it registers later wins by coming last.</remarks>
    public static void Replace(IServiceCollection services, ServiceDescriptor descriptor)
    {
        var choice = services
            .Where(d => !d.IsKeyedService && d.ServiceType == typeof(EventStoreChoice))
            .Select(d => d.ImplementationInstance)
            .OfType<EventStoreChoice>()
            .FirstOrDefault();
        if (choice is null)
        {
            choice = new EventStoreChoice();
            services.AddSingleton(choice);
        }

        if (choice._registered is { } previous)
        {
            services.Remove(previous);
        }

        services.TryAdd(descriptor);
        choice._registered = services.Contains(descriptor) ? descriptor : null;
    }
}
