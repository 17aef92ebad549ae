using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NodaTime;

namespace Dialogue.Workflows.AspNetCore;

/// <summary>Describes the library's own value types in the OpenAPI document as they are written: a <see cref="LocalDate"/> is a <c>date</c> string.</summary>
internal static class OpenApiSchemas
{
    public static Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type == typeof(LocalDate))
        {
            schema.Type = JsonSchemaType.String;
            schema.Format = "date";
            schema.Properties?.Clear();
            schema.Required?.Clear();
        }

        return Task.CompletedTask;
    }
}
