namespace Dialogue.Workflows.Samples.WebHost;

/// <summary>A user of the development sign-in.</summary>
/// <param name="Id">The user id.</param>
/// <param name="Title">The title recorded with each act.</param>
/// <param name="Unit">The unit key in the ward-chairman plan.</param>
/// <param name="Position">head, deputy or staff.</param>
/// <param name="Signing">direct, TM, KT, TL or TUQ.</param>
/// <param name="Description">Who they are, in Vietnamese and English.</param>
public sealed record DevelopmentUser(string Id, string Title, string Unit, string Position, string Signing, string Description);
