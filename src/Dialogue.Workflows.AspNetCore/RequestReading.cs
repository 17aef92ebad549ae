using System.Text;
using System.Text.Json;
using Dialogue.Workflows.AspNetCore.Identity;
using Dialogue.Workflows.Runtime;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Dialogue.Workflows.AspNetCore;

/// <summary>Reads what a request says: who acts, its body, its version precondition and its command id.</summary>
internal static class RequestReading
{
    /// <summary>The largest body read, in bytes: a command is a few hundred.</summary>
    private const int MaxBody = 256 * 1024;

    public static Actor Actor(HttpContext http)
    {
        var actor = http.RequestServices.GetRequiredService<IActorMapper>().Map(http.User) ?? throw new ActorUnknownException();
        http.Items[Problems.ActorItem] = actor;
        return actor;
    }

    public static async Task<T> BodyAsync<T>(HttpContext http)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted).ConfigureAwait(false);
        if (buffer.Length > MaxBody)
        {
            throw new BadRequestException($"The body is larger than {MaxBody} bytes.", $"Nội dung yêu cầu lớn hơn {MaxBody} byte.");
        }

        var text = Encoding.UTF8.GetString(buffer.ToArray());
        if (string.IsNullOrWhiteSpace(text))
        {
            text = "{}";
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new BadRequestException("The body must be a JSON object.", "Nội dung yêu cầu phải là một đối tượng JSON.");
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (JsonContract.Withheld.Any(w => string.Equals(w, property.Name, StringComparison.OrdinalIgnoreCase)))
                {
                    throw new BadRequestException(
                        $"'{property.Name}' cannot be given: the actor is the signed-in user, and the command id is the Idempotency-Key header.",
                        $"Không được gửi '{property.Name}': người thực hiện là người dùng đã đăng nhập, mã lệnh là tiêu đề Idempotency-Key.");
                }
            }

            return document.RootElement.Deserialize<T>(options)
                ?? throw new BadRequestException("The body is null.", "Nội dung yêu cầu rỗng.");
        }
        catch (JsonException e)
        {
            throw new BadRequestException($"The body is not a {typeof(T).Name}: {e.Message}", $"Nội dung yêu cầu không đúng dạng {typeof(T).Name}: {e.Message}", e);
        }
    }

    /// <summary>The version <c>If-Match</c> names: <c>"3"</c> or <c>W/"3"</c>; null when absent or <c>*</c>.</summary>
    public static long? IfMatch(HttpContext http)
    {
        var values = http.Request.Headers.IfMatch;
        if (values.Count == 0)
        {
            return null;
        }

        if (!EntityTagHeaderValue.TryParseList(values, out var tags) || tags.Count != 1)
        {
            throw new BadRequestException("If-Match must name one version, as the ETag gave it: \"3\".", "If-Match phải ghi một phiên bản, như ETag đã trả về: \"3\".");
        }

        if (tags[0].Equals(EntityTagHeaderValue.Any))
        {
            return null;
        }

        var tag = tags[0].Tag.ToString().Trim('"');
        return long.TryParse(tag, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version) && version > 0
            ? version
            : throw new BadRequestException($"If-Match {tags[0]} is not a version of a plan.", $"If-Match {tags[0]} không phải phiên bản của kế hoạch.");
    }

    /// <summary>The command id the <c>Idempotency-Key</c> header gives; null when absent.</summary>
    public static string? IdempotencyKey(HttpContext http)
    {
        var values = http.Request.Headers[Headers.IdempotencyKey];
        return values.Count switch
        {
            0 => null,
            1 when !string.IsNullOrWhiteSpace(values[0]) => values[0],
            _ => throw new BadRequestException("Idempotency-Key must be given once, not empty.", "Idempotency-Key phải có đúng một giá trị, không rỗng."),
        };
    }

    /// <summary>Sets the <c>ETag</c> to the plan's version.</summary>
    public static void ETag(HttpContext http, long version) => http.Response.Headers.ETag = $"\"{version}\"";
}
