using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Dialogue.Workflows.Runtime;

/// <summary>
/// The rules for plan ids and command ids: Unicode NFC, so that ids that look the same are the same;
/// not blank; at most <see cref="MaxLength"/> characters; no space around; no control, format or
/// bidirectional-override characters, which would make an id print differently from what it is.
/// </summary>
/// <example>
/// <code>
/// var id = Identifiers.PlanId("phường-bến-nghé-2024"); // NFC; throws InvalidIdentifierException on a blank id
/// </code>
/// </example>
public static class Identifiers
{
    /// <summary>The most characters an id may have (the stores' limit on stream and command ids).</summary>
    public const int MaxLength = 200;

    /// <summary>Normalises and checks a plan id.</summary>
    /// <param name="planId">The id as given.</param>
    /// <returns>The id in Unicode NFC.</returns>
    /// <exception cref="InvalidIdentifierException">The id breaks a rule; the exception names it.</exception>
    public static string PlanId(string? planId) => Check("plan id", planId);

    /// <summary>Normalises and checks a command id.</summary>
    /// <param name="commandId">The id as given.</param>
    /// <returns>The id in Unicode NFC.</returns>
    /// <exception cref="InvalidIdentifierException">The id breaks a rule; the exception names it.</exception>
    public static string CommandId(string? commandId) => Check("command id", commandId);

    /// <summary>A new command id: 32 hexadecimal digits of a random GUID.</summary>
    /// <returns>The id.</returns>
    public static string NewCommandId() => Guid.NewGuid().ToString("N");

    /// <summary>The plan id a create command without one gets from its command id, so that repeating the create finds the same plan.</summary>
    /// <param name="commandId">The command id, already checked.</param>
    /// <returns>12 lower-case hexadecimal digits of the id's SHA-256.</returns>
    public static string PlanIdOf(string commandId)
    {
        ArgumentNullException.ThrowIfNull(commandId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(commandId)))[..12];
    }

    private static string Check(string kind, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidIdentifierException(kind, value ?? string.Empty, "id.blank", "it is empty or blank", "mã để trống");
        }

        var normal = UnicodeNfc.Normalize(value);
        if (normal.Length > MaxLength)
        {
            throw new InvalidIdentifierException(kind, value, "id.too-long", $"it has {normal.Length} characters; at most {MaxLength} are allowed",
                $"mã dài {normal.Length} ký tự, tối đa {MaxLength}");
        }

        if (char.IsWhiteSpace(normal[0]) || char.IsWhiteSpace(normal[^1]))
        {
            throw new InvalidIdentifierException(kind, value, "id.surrounding-space", "it starts or ends with a space", "mã có khoảng trắng ở đầu hoặc cuối");
        }

        foreach (var c in normal)
        {
            if (char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                throw new InvalidIdentifierException(kind, value, "id.control-character",
                    $"it contains the control or format character U+{(int)c:X4}", $"mã chứa ký tự điều khiển U+{(int)c:X4}");
            }
        }

        return normal;
    }
}
