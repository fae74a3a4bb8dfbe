package org.ketaminetraining.it.authorization;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.wicket.Page;
import org.apache.wicket.RestartResponseAtInterceptPageException;
import org.apache.wicket.UrlResourceReferenceMapper;
import org.apache.wicket.core.request.mapper.AbstractBookmarkableMapper;
import org.apache.wicket.core.request.mapper.BookmarkableMapper;
import org.apache.wicket.core.request.mapper.BufferedResponseMapper;
import org.apache.wicket.core.request.mapper.MountedMapper;
import org.apache.wicket.core.request.mapper.PageInstanceMapper;
import org.apache.wicket.core.request.mapper.ResourceMapper;
import org.apache.wicket.core.request.mapper.ResourceReferenceMapper;
import org.apache.wicket.csp.ReportCSPViolationMapper;
import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.request.IRequestMapper;
import org.apache.wicket.request.mapper.ICompoundRequestMapper;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.request.resource.ResourceReference;
import org.apache.wicket.util.tester.WicketTester;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;
import org.ketaminetraining.web.TestApplication;

/**
 * Every route the application answers, read from the application itself so that a new one cannot be missed:
 * Wicket's request mappers as the application's {@code init()} leaves them (each mounted page and resource), the
 * bookmarkable pages no mount names (Wicket builds them from {@code /wicket/bookmarkable/<class>}), the Jakarta
 * REST resources with their HTTP methods, the health checks, and what web.xml and server.xml give the container
 * (servlets, filters, the paths the Wicket filter leaves to others, Liberty's OpenAPI).
 */
final class ApplicationRoutes {

    private static final Pattern IGNORE_PATHS = Pattern.compile(
            "<param-name>ignorePaths</param-name>\\s*<param-value>([^<]*)</param-value>");
    private static final Pattern SERVLET_OR_FILTER_CLASS = Pattern.compile("<(servlet|filter)-class>([^<]+)<");

    private ApplicationRoutes() {
    }

    /** The routes, sorted by path and method. */
    static List<Route> all() throws IOException {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ketaminetraining");
        Set<Route> routes = new LinkedHashSet<>(wicket(classes));
        routes.addAll(rest(classes));
        routes.addAll(health(classes));
        routes.addAll(container(classes, routes));
        List<Route> sorted = new ArrayList<>(routes);
        sorted.sort(Comparator.comparing(Route::template).thenComparing(Route::method));
        return sorted;
    }

    /** The mounts of the application's root request mapper, and the bookmarkable pages no mount names. */
    private static List<Route> wicket(JavaClasses classes) {
        List<Route> routes = new ArrayList<>();
        Set<Class<?>> mounted = new LinkedHashSet<>();
        WicketTester tester = new WicketTester(new TestApplication());
        try {
            for (IRequestMapper mapper : mappers(tester.getApplication().getRootRequestMapperAsCompound())) {
                if (mapper instanceof MountedMapper page) {
                    Class<?> pageClass = (Class<?>) ((Supplier<?>) read(MountedMapper.class, "pageClassProvider",
                            page)).get();
                    mounted.add(pageClass);
                    routes.add(Route.page(path(page), pageClass));
                } else if (mapper instanceof ResourceMapper resource) {
                    ResourceReference reference = (ResourceReference) read(ResourceMapper.class,
                            "resourceReference", resource);
                    routes.add(new Route(path(resource), "GET", Route.Kind.RESOURCE, Optional.of(
                            reference.getScope())));
                } else if (!systemMapper(mapper)) {
                    throw new AssertionError("The application routes requests with " + mapper + " (" + mapper
                            .getClass().getName() + "), which ApplicationRoutes cannot read: teach it that mapper, "
                            + "so that the matrix covers its routes.");
                }
            }
        } finally {
            tester.destroy();
        }
        for (JavaClass page : classes.stream().filter(c -> c.isAssignableTo(WebPage.class)).toList()) {
            Class<?> type = page.reflect();
            if (!page.getModifiers().contains(JavaModifier.ABSTRACT) && bookmarkable(type)
                    && !mounted.contains(type)) {
                routes.add(Route.page("wicket/bookmarkable/" + type.getName(), type));
            }
        }
        return routes;
    }

    /**
     * Wicket's own mappers, which serve no page or resource of the application by name: page instances of a
     * session ({@code wicket/page?N}, the listener replay covers them), package resources (CSS, scripts: public by
     * design), external resources, Wicket's buffered redirects, and the bookmarkable mapper (its pages are listed
     * one by one). Any other mapper, a package mount for one, fails the matrix until this class can read it.
     */
    private static boolean systemMapper(IRequestMapper mapper) {
        return mapper instanceof PageInstanceMapper || mapper instanceof BookmarkableMapper
                || mapper instanceof ResourceReferenceMapper || mapper instanceof UrlResourceReferenceMapper
                || mapper instanceof BufferedResponseMapper
                // Wicket's receiver of CSP violation reports: it answers only at a policy's report-uri, and the
                // app's policy names none.
                || mapper instanceof ReportCSPViolationMapper
                // Wicket's mapper of the page a sign-in interrupted, which only maps back to that page.
                || mapper.getClass().getName().startsWith(RestartResponseAtInterceptPageException.class.getName()
                        + "$");
    }

    private static List<IRequestMapper> mappers(ICompoundRequestMapper compound) {
        List<IRequestMapper> all = new ArrayList<>();
        for (IRequestMapper mapper : compound) {
            if (mapper instanceof ICompoundRequestMapper nested) {
                all.addAll(mappers(nested));
            } else {
                all.add(mapper);
            }
        }
        return all;
    }

    /** The mount path as declared, without the leading slash: {@code manager/person/${id}}. */
    private static String path(IRequestMapper mapper) {
        return String.join("/", (String[]) read(AbstractBookmarkableMapper.class, "mountSegments",
                mapper));
    }

    /** Wicket keeps a mount's path and target in fields without getters; the matrix needs them exactly. */
    private static Object read(Class<?> declaring, String field, Object mapper) {
        try {
            Field f = declaring.getDeclaredField(field);
            f.setAccessible(true);
            return f.get(mapper);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Wicket's " + declaring.getSimpleName() + " has no field " + field
                    + " any more: read the mounts another way", e);
        }
    }

    private static boolean bookmarkable(Class<?> page) {
        return Page.class.isAssignableFrom(page) && Arrays.stream(page.getConstructors()).anyMatch(c -> c
                .getParameterCount() == 0
                || (c.getParameterCount() == 1 && c.getParameterTypes()[0] == PageParameters.class));
    }

    /** Every resource method of every {@code @Path} class, under the application's {@code @ApplicationPath}. */
    private static List<Route> rest(JavaClasses classes) {
        String root = classes.stream().filter(c -> c.isAnnotatedWith(ApplicationPath.class)).map(c -> c.reflect()
                .getAnnotation(ApplicationPath.class).value()).findFirst().orElse("");
        List<Route> routes = new ArrayList<>();
        for (JavaClass resource : classes.stream().filter(c -> c.isAnnotatedWith(Path.class)).toList()) {
            Class<?> type = resource.reflect();
            for (Method method : type.getMethods()) {
                String verb = Arrays.stream(method.getAnnotations()).map(Annotation::annotationType)
                        .map(a -> a.getAnnotation(HttpMethod.class)).filter(m -> m != null).map(HttpMethod::value)
                        .findFirst().orElse(null);
                Path sub = method.getAnnotation(Path.class);
                if (verb == null && sub != null) {
                    throw new AssertionError(type.getSimpleName() + "." + method.getName() + " is a sub-resource "
                            + "locator, which ApplicationRoutes cannot follow: teach it, so the matrix covers it");
                }
                if (verb != null) {
                    routes.add(Route.of(join(root, type.getAnnotation(Path.class).value(), sub == null ? ""
                            : sub.value()), verb, Route.Kind.API));
                }
            }
        }
        return routes;
    }

    private static String join(String... parts) {
        return String.join("/", Arrays.stream(parts).map(p -> p.replaceAll("^/+|/+$", "")).filter(p -> !p
                .isEmpty()).toList());
    }

    /** MicroProfile Health's routes: all checks, and one route per kind of check the application has. */
    private static List<Route> health(JavaClasses classes) {
        List<Route> routes = new ArrayList<>();
        List<Class<? extends Annotation>> kinds = List.of(Readiness.class, Liveness.class, Startup.class);
        List<String> paths = List.of("health/ready", "health/live", "health/started");
        for (int i = 0; i < kinds.size(); i++) {
            Class<? extends Annotation> kind = kinds.get(i);
            if (classes.stream().anyMatch(c -> c.isAnnotatedWith(kind))) {
                routes.add(Route.of(paths.get(i), "GET", Route.Kind.CONTAINER));
            }
        }
        if (!routes.isEmpty()) {
            routes.add(Route.of("health", "GET", Route.Kind.CONTAINER));
        }
        return routes;
    }

    /**
     * What web.xml and server.xml give the container: any servlet or filter besides Wicket's, each path Wicket's
     * filter leaves alone that no REST or health route serves, and Liberty's OpenAPI document and UI.
     */
    private static List<Route> container(JavaClasses classes, Set<Route> known) throws IOException {
        String webXml = Files.readString(Paths.get("src/main/webapp/WEB-INF/web.xml"));
        String serverXml = Files.readString(Paths.get("server-config/server.xml"));
        List<Route> routes = new ArrayList<>();
        Matcher declared = SERVLET_OR_FILTER_CLASS.matcher(webXml);
        while (declared.find()) {
            if (!declared.group(2).equals("org.apache.wicket.protocol.http.WicketFilter")) {
                routes.add(Route.of("web.xml " + declared.group(1) + " " + declared.group(2), "GET",
                        Route.Kind.CONTAINER));
            }
        }
        for (JavaClass annotated : classes.stream().filter(c -> c.isAnnotatedWith(WebServlet.class) || c
                .isAnnotatedWith(WebFilter.class)).toList()) {
            routes.add(Route.of("annotated " + annotated.getName(), "GET", Route.Kind.CONTAINER));
        }
        Matcher ignored = IGNORE_PATHS.matcher(webXml);
        if (ignored.find()) {
            for (String prefix : ignored.group(1).split(",")) {
                String path = prefix.strip().replaceAll("^/+", "");
                if (known.stream().noneMatch(r -> r.template().startsWith(path))) {
                    routes.add(Route.of(path + "/**", "GET", Route.Kind.CONTAINER));
                }
            }
        }
        if (serverXml.contains("<feature>mpOpenAPI-")) {
            routes.add(Route.of("openapi", "GET", Route.Kind.CONTAINER));
            routes.add(Route.of("openapi/ui/", "GET", Route.Kind.CONTAINER));
        }
        return routes;
    }
}
