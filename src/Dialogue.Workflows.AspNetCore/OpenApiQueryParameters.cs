using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dialogue.Workflows.AspNetCore;

/// <summary>
/// Describes the query parameters an endpoint reads as text (<see cref="QueryParameter"/> in its metadata) as what they hold:
/// a whole number with its range, a date, a cursor.
/// </summary>
internal static class OpenApiQueryParameters
{
    public static Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var declared = context.Description.ActionDescriptor.EndpointMetadata.OfType<QueryParameter>().ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            if (parameter.In != ParameterLocation.Query || parameter.Name is null || !declared.TryGetValue(parameter.Name, out var described))
            {
                continue;
            }

            parameter.Description = described.Description;
            parameter.Schema = described.Kind switch
            {
                QueryParameterKind.Integer => new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer,
                    Format = "int32",
                    Minimum = described.Min.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Maximum = described.Max.ToString(System.Globalization.CultureInfo.InvariantCulture),
                },
                QueryParameterKind.Date => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" },
                _ => new OpenApiSchema { Type = JsonSchemaType.String },
            };
        }

        return Task.CompletedTask;
    }
}
