namespace Dialogue.Workflows.AspNetCore.Model;

/// <summary>Who acted: a user, in a unit of the plan, in a position, signing in a form.</summary>
/// <param name="UserId">The user's id.</param>
/// <param name="Title">The title recorded with the act: <c>Chủ tịch UBND phường</c>.</param>
/// <param name="Unit">The unit, by key or name.</param>
/// <param name="Position">The position in it: <c>head</c>, <c>deputy</c>, <c>staff</c>.</param>
/// <param name="Signing">The signing form: <c>direct</c>, <c>TM.</c>, <c>KT.</c>, <c>TL.</c>, <c>TUQ.</c>.</param>
public sealed record ActorView(string UserId, string Title, string Unit, string Position, string Signing);
