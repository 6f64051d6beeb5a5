<#-- SEND Hub's page for every sign-in step: the GOV.UK template (skip link, header with the
     service's name, main, footer) around what each page puts in its sections. A page's error
     summary ("errorSummary") comes before its h1, as the GOV.UK Design System asks. -->
<#macro registrationLayout bodyClass="" displayInfo=false displayMessage=true displayRequiredFields=false>
<#assign pageHasError = message?has_content && message.type = 'error'>
<!DOCTYPE html>
<html lang="${lang}" class="govuk-template">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
    <meta name="theme-color" content="#1d70b8">
    <meta name="robots" content="noindex, nofollow">
    <title><#if pageHasError>Error: </#if>Sign in – SEND Hub</title>
    <link rel="icon" href="data:,">
    <#if properties.styles?has_content>
        <#list properties.styles?split(' ') as style>
            <link href="${url.resourcesPath}/${style}" rel="stylesheet">
        </#list>
    </#if>
    <#if scripts??>
        <#list scripts as script>
            <script src="${script}" type="text/javascript"></script>
        </#list>
    </#if>
    <script type="module">
        import { startSessionPolling } from "${url.resourcesPath}/js/authChecker.js";
        startSessionPolling("${url.ssoLoginInOtherTabsUrl?no_esc}");
    </script>
    <#if authenticationSession??>
        <script type="module">
            import { checkAuthSession } from "${url.resourcesPath}/js/authChecker.js";
            checkAuthSession("${authenticationSession.authSessionIdHash}");
        </script>
    </#if>
</head>
<body class="govuk-template__body" data-page-id="login-${pageId}">
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header class="govuk-template__header">
    <div class="govuk-header">
        <div class="govuk-header__container govuk-width-container">
            <div class="govuk-header__logo">
                <span class="govuk-header__product-name sendhub-header__service-name">SEND Hub</span>
            </div>
        </div>
    </div>
</header>
<div class="govuk-width-container">
    <main class="govuk-main-wrapper" id="main-content" tabindex="-1">
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <#nested "errorSummary">
                <#-- App-initiated actions should not see warnings about the action they are completing. -->
                <#if displayMessage && message?has_content && (message.type != 'warning' || !isAppInitiatedAction??)>
                    <#if message.type = 'error'>
                        <div class="govuk-error-summary" data-module="govuk-error-summary" tabindex="-1">
                            <div role="alert">
                                <h2 class="govuk-error-summary__title">There is a problem</h2>
                                <div class="govuk-error-summary__body">
                                    <p class="govuk-body">${kcSanitize(message.summary)?no_esc}</p>
                                </div>
                            </div>
                        </div>
                    <#else>
                        <div class="govuk-notification-banner<#if message.type = 'success'> govuk-notification-banner--success</#if>" role="region" aria-labelledby="kc-message-title">
                            <div class="govuk-notification-banner__header">
                                <h2 class="govuk-notification-banner__title" id="kc-message-title"><#if message.type = 'success'>Success<#else>Important</#if></h2>
                            </div>
                            <div class="govuk-notification-banner__content">
                                <p class="govuk-notification-banner__heading">${kcSanitize(message.summary)?no_esc}</p>
                            </div>
                        </div>
                    </#if>
                </#if>
                <h1 class="govuk-heading-l" id="kc-page-title"><#nested "header"></h1>
                <#if auth?has_content && auth.showUsername() && !auth.showResetCredentials()>
                    <#nested "show-username">
                    <p class="govuk-body" id="kc-username">
                        Signing in as <span id="kc-attempted-username">${auth.attemptedUsername}</span>.
                        <a class="govuk-link" id="reset-login" href="${url.loginRestartFlowUrl}">Sign in as someone else</a>
                    </p>
                </#if>
                <#nested "form">
                <#if auth?has_content && auth.showTryAnotherWayLink()>
                    <form id="kc-select-try-another-way-form" action="${url.loginAction}" method="post">
                        <input type="hidden" name="tryAnotherWay" value="on">
                        <button type="submit" class="govuk-button govuk-button--secondary" id="try-another-way">${msg("doTryAnotherWay")}</button>
                    </form>
                </#if>
                <#nested "socialProviders">
                <#if displayInfo>
                    <div id="kc-info" class="govuk-body">
                        <#nested "info">
                    </div>
                </#if>
            </div>
        </div>
    </main>
</div>
<footer class="govuk-footer">
    <div class="govuk-width-container">
        <div class="govuk-footer__meta">
            <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
                <p class="govuk-body-s govuk-!-margin-bottom-0">SEND Hub: joint commissioning for children and young people with special educational needs and disabilities.</p>
            </div>
        </div>
    </div>
</footer>
<script src="${url.resourcesPath}/js/sendhub-login.js"></script>
</body>
</html>
</#macro>
