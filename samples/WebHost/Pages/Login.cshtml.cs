using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dialogue.Workflows.Samples.WebHost.Pages;

/// <summary>The development sign-in page.</summary>
public sealed class LoginModel : PageModel
{
    /// <summary>Where to go after signing in.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Signs in as a listed user.</summary>
    /// <param name="user">The user's id.</param>
    /// <returns>The page asked for, or the plan list.</returns>
    public async Task<IActionResult> OnPostAsync(string user)
    {
        var chosen = DevelopmentSignIn.Users.FirstOrDefault(u => u.Id == user);
        if (chosen is null)
        {
            return BadRequest();
        }

        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, DevelopmentSignIn.Principal(chosen));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
