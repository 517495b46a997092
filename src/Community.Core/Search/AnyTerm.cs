using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Community.Core.Search;

/// <summary>
/// "The column contains any of these terms" as one OR of ILIKE conditions, each term a bound parameter — PostgreSQL
/// answers each from the column's trigram index (a BitmapOr), which <c>ILIKE ANY(array)</c> could not.
/// </summary>
internal static class AnyTerm
{
    public static Expression<Func<T, bool>> In<T>(Expression<Func<T, string>> column, IEnumerable<string> terms)
    {
        Expression? any = null;
        foreach (var term in terms)
        {
            var pattern = SearchTerms.ToContainsPattern(term);
            Expression<Func<string, bool>> contains = text => EF.Functions.ILike(text, pattern, "\\");
            var condition = ReplacingExpressionVisitor.Replace(contains.Parameters[0], column.Body, contains.Body);
            any = any is null ? condition : Expression.OrElse(any, condition);
        }
        return Expression.Lambda<Func<T, bool>>(any ?? Expression.Constant(false), column.Parameters);
    }
}
