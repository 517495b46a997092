using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Community.Web.Refusals;

/// <summary>A shared view (Pages/Shared) shown in place of a page whose request was refused before the page ran.</summary>
public static class RefusalView
{
    public static ViewResult For(HttpContext http, ModelStateDictionary modelState, string viewName, int status, string key, object? value) =>
        For(http, modelState, viewName, status, (key, value));

    public static ViewResult For(HttpContext http, ModelStateDictionary modelState, string viewName, int status, params (string Key, object? Value)[] data)
    {
        var services = http.RequestServices;
        var viewData = new ViewDataDictionary(services.GetRequiredService<IModelMetadataProvider>(), modelState);
        foreach (var (key, value) in data) viewData[key] = value;
        return new ViewResult
        {
            ViewName = viewName,
            StatusCode = status,
            ViewData = viewData,
            TempData = services.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http),
        };
    }
}
