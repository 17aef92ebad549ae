namespace Dialogue.Workflows.Ward.CommuneDialogue;

/// <summary>
/// How <c>commune-dialogue</c> counts the "07 ngày" of the notice and the "10 ngày" of the results' publication in
/// Law 72/2025/QH15 Art. 43, whose text says only "ngày" (the parameter <c>day-counting</c>).
/// </summary>
/// <remarks>
/// Whether they are calendar or working days is not settled by any source read (UNCONFIRMED). The default is
/// <see cref="Calendar"/>: Vietnamese statutes write "ngày làm việc" when they mean working days (as Nghị định
/// 155/2026/NĐ-CP does beside a plain "05 ngày"), and the Civil Code 2015 (Arts. 147–148) counts plain days as calendar
/// days, moving a last day that is a day off to the next working day. A province that reads them as working days sets
/// <see cref="Working"/>, which is the stricter reading for the notice and the looser for the publication.
/// </remarks>
public enum CommuneDialogueDayCounting
{
    /// <summary>Calendar days (the default): notice due on the 7th day before the session (the previous working day if that is a day off); results by the 10th day after it (the next working day if that is a day off).</summary>
    Calendar = 1,

    /// <summary>Working days: 7 whole working days between the notice and the session; results within 10 working days after it.</summary>
    Working = 2,
}
