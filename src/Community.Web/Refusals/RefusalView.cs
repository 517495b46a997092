using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Community.Web.Refusals;

/// <summary>A shared view (Pages/Shared) shown in place of a page whose request was refused before the page ran.</summary>
public static class RefusalView
{
    public static ViewResult For(HttpContext http, ModelStateDictionary modelState, string viewName, int status, string key, object? value)
    {
        var services = http.RequestServices;
        return new ViewResult
        {
            ViewName = viewName,
            StatusCode = status,
            ViewData = new ViewDataDictionary(services.GetRequiredService<IModelMetadataProvider>(), modelState) { [key] = value },
            TempData = services.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http),
        };
    }
}
