using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace SkillMap.Web.Features.Shared;

/// <summary>
/// The address of one of SkillMap's own scripts or style sheets with its content hash
/// (<c>/js/survey.js?v=…</c>), exactly as <c>asp-append-version</c> writes it and from the same cached
/// provider, so a browser may keep the file until it changes. Pages write it straight into the
/// attribute: the tag helper built an attribute list and an output buffer per element on every page.
/// </summary>
public sealed class AssetUrls(IFileVersionProvider versions)
{
    /// <param name="path">A path under wwwroot, from the site root ("/css/site.css").</param>
    public string this[string path] => versions.AddFileVersionToPath(PathString.Empty, path);
}
