using Dialogue.Workflows.AspNetCore.Identity;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dialogue.Workflows.AspNetCore;

/// <summary>Registers what the plan endpoints need: the actor mapping, the JSON contract of the commands and the OpenAPI schemas.</summary>
public static class DialogueWorkflowsApiServiceCollectionExtensions
{
    /// <summary>
    /// Adds the plan endpoints' services: the default <see cref="IActorMapper"/> (<see cref="ClaimsActorMapper"/>, unless one is
    /// registered already), the JSON settings of the library's types (dates <c>yyyy-MM-dd</c>; command bodies without an actor or
    /// a command id) and, when the host adds OpenAPI, the schemas of those types.
    /// </summary>
    /// <param name="services">The host's services; <c>AddDialogueWorkflows</c> registers the engine.</param>
    /// <param name="configure">Changes the claim names the actor is read from; null for the defaults (<see cref="ActorClaimTypes"/>).</param>
    /// <returns>The services.</returns>
    /// <example>
    /// <code>
    /// builder.Services.AddDialogueWorkflows(w => w.UseSqlite("plans.db").AddWardPlans());
    /// builder.Services.AddDialogueWorkflowsApi(claims => claims.UnitClaim = "department");
    /// builder.Services.AddAuthentication().AddJwtBearer();
    /// builder.Services.AddAuthorization();
    /// builder.Services.AddOpenApi();
    /// var app = builder.Build();
    /// app.MapOpenApi();
    /// app.MapDialogueWorkflows("/plans");
    /// </code>
    /// </example>
    public static IServiceCollection AddDialogueWorkflowsApi(this IServiceCollection services, Action<ActorClaimOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<ActorClaimOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        // The marker keeps a second call from adding the converters and transformers again.
        if (services.Any(d => d.ServiceType == typeof(ApiMarker)))
        {
            return services;
        }

        services.AddSingleton<ApiMarker>();
        services.TryAddSingleton<IActorMapper, ClaimsActorMapper>();
        services.ConfigureHttpJsonOptions(json => JsonContract.Apply(json.SerializerOptions));
        services.AddProblemDetails();
        services.ConfigureAll<OpenApiOptions>(openApi =>
        {
            openApi.AddSchemaTransformer(OpenApiSchemas.TransformAsync);
            openApi.AddOperationTransformer(OpenApiQueryParameters.TransformAsync);
        });
        return services;
    }
}
