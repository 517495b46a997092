using System.Text;
using Community.Core.Branding;

namespace Community.Web.Branding;

/// <summary>
/// <c>/brand.css</c>: the brand's derived colours as the CSS variables site.css draws with (a stylesheet of its own, since
/// the CSP forbids inline styles). Loaded after site.css, whose values are our default look. The URL carries the look's
/// version, so browsers keep it for good and fetch a new one when the look changes.
/// </summary>
public static class BrandStylesheet
{
    public const string Path = "/brand.css";

    public static IEndpointRouteBuilder MapBrandStylesheet(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async (HttpContext http, CurrentBrand current, CancellationToken ct) =>
        {
            var brand = await current.GetAsync(ct);
            http.Response.Headers.CacheControl = http.Request.Query["v"] == brand.Version ? "public, max-age=31536000, immutable" : "no-cache";
            return Results.Text(Css(brand.Palette), "text/css", Encoding.UTF8);
        });
        return endpoints;
    }

    public static string Css(BrandPalette palette)
    {
        var css = new StringBuilder("/* Derived from the brand's colours by BrandPalette; every pair keeps WCAG AA contrast. */\n");
        Block(css, ":root, [data-bs-theme=light]", palette.Light);
        Block(css, "[data-bs-theme=dark]", palette.Dark);
        return css.ToString();
    }

    private static void Block(StringBuilder css, string selector, ThemeColors c)
    {
        css.Append(selector).Append(" {\n");
        Variable(css, "--community-primary", c.Primary.Hex);
        Variable(css, "--community-primary-hover", c.PrimaryHover.Hex);
        Variable(css, "--community-primary-rgb", c.Primary.Channels);
        Variable(css, "--community-nav-hover", c.NavHover.Hex);
        Variable(css, "--community-tag-bg", c.TagBackground.Hex);
        Variable(css, "--community-tag-color", c.TagText.Hex);
        Variable(css, "--community-tag-hover", c.TagHover.Hex);
        Variable(css, "--community-hero", $"linear-gradient(135deg, {c.HeroStart.Hex} 0%, {c.HeroEnd.Hex} 100%)");
        Variable(css, "--community-mark-start", c.MarkStart.Hex);
        Variable(css, "--community-mark-end", c.MarkEnd.Hex);
        Variable(css, "--community-focus", c.Focus.Hex);
        Variable(css, "--community-primary-text", c.Link.Hex);
        Variable(css, "--bs-primary", c.Primary.Hex);
        Variable(css, "--bs-primary-rgb", c.Primary.Channels);
        Variable(css, "--bs-link-color", c.Link.Hex);
        Variable(css, "--bs-link-color-rgb", c.Link.Channels);
        Variable(css, "--bs-link-hover-color", c.LinkHover.Hex);
        Variable(css, "--bs-link-hover-color-rgb", c.LinkHover.Channels);
        Variable(css, "--bs-primary-text-emphasis", c.TextEmphasis.Hex);
        Variable(css, "--bs-primary-bg-subtle", c.TagBackground.Hex);
        Variable(css, "--bs-primary-border-subtle", c.SubtleBorder.Hex);
        Variable(css, "--bs-focus-ring-color", $"rgba({c.Primary.Channels}, .3)");
        css.Append("}\n");
    }

    private static void Variable(StringBuilder css, string name, string value) => css.Append("  ").Append(name).Append(": ").Append(value).Append(";\n");
}
