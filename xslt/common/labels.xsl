<?xml version="1.0" encoding="UTF-8"?>
<!--
  Labels: the fixed words of a page and of the PDF (headings, field names, titles of markers, month
  names) in the reader's language, chosen with the parameter $labels ('en', 'de', 'fr', 'es', 'ru').

  One table, $tk:label-entries: one tk:label per key with one attribute per language. Every key has
  a value in every language (LabelTableTest fails otherwise). A value may hold %1, %2: the arguments
  of tk:label#2 (not {1}: braces in attribute values of literal elements are value templates).
  The table is turned into one map of the chosen language once per transformation ($tk:label-map),
  so a lookup is a map access, not a document load.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tk="https://teikit.org/ns/xslt"
    exclude-result-prefixes="#all"
    expand-text="no">

  <!-- The language of the page's fixed words: 'en' (default), 'de', 'fr', 'es' or 'ru' (a region
       such as 'de-AT' counts as its language); any other falls back to English. -->
  <xsl:param name="labels" as="xs:string" select="'en'"/>

  <!-- The languages the table has, in the order of its attributes. -->
  <xsl:variable name="tk:label-languages" as="xs:string+" select="('en', 'de', 'fr', 'es', 'ru')"/>

  <!-- The chosen language, or 'en' when the table does not have it. -->
  <xsl:variable name="tk:labels-lang" as="xs:string"
      select="(lower-case(tokenize(normalize-space($labels), '[-_]')[1])[. = $tk:label-languages], 'en')[1]"/>

  <xsl:variable name="tk:label-map" as="map(xs:string, xs:string)"
      select="map:merge($tk:label-entries ! map:entry(string(@key), string((@*[local-name() eq $tk:labels-lang], @en)[1])))"/>

  <!-- The label of a key in the chosen language; an unknown key is a stylesheet error, not a blank. -->
  <xsl:function name="tk:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="($tk:label-map($key), error(xs:QName('tk:E0201'), 'No label ' || $key))[1]"/>
  </xsl:function>

  <!-- The label with %1, %2 ... replaced by the arguments. -->
  <xsl:function name="tk:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="args" as="xs:anyAtomicType*"/>
    <xsl:iterate select="1 to count($args)">
      <xsl:param name="text" as="xs:string" select="tk:label($key)"/>
      <xsl:on-completion select="$text"/>
      <xsl:variable name="i" as="xs:integer" select="."/>
      <xsl:next-iteration>
        <xsl:with-param name="text" select="replace($text, '%' || $i, replace(string($args[$i]), '([$\\])', '\\$1'))"/>
      </xsl:next-iteration>
    </xsl:iterate>
  </xsl:function>

  <xsl:variable name="tk:label-entries" as="element(tk:label)+">
    <!-- Page and PDF chrome -->
    <tk:label key="notes" en="Notes" de="Anmerkungen" fr="Notes" es="Notas" ru="Примечания"/>
    <tk:label key="note-n" en="Note %1" de="Anmerkung %1" fr="Note %1" es="Nota %1" ru="Примечание %1"/>
    <tk:label key="note-n-inline" en="note %1" de="Anm. %1" fr="note %1" es="nota %1" ru="прим. %1"/>
    <tk:label key="note-back" en="Back to the call of note %1" de="Zurück zum Verweis auf Anmerkung %1" fr="Retour à l’appel de la note %1" es="Volver a la llamada de la nota %1" ru="Назад к ссылке на примечание %1"/>
    <tk:label key="page-of" en="Page %1 of %2" de="Seite %1 von %2" fr="Page %1 sur %2" es="Página %1 de %2" ru="Страница %1 из %2"/>
    <tk:label key="page-word" en="Page" de="Seite" fr="Page" es="Página" ru="Страница"/>
    <tk:label key="of-word" en="of" de="von" fr="sur" es="de" ru="из"/>
    <tk:label key="summary" en="Summary" de="Regest" fr="Résumé" es="Resumen" ru="Краткое содержание"/>
    <tk:label key="contents" en="Contents" de="Inhalt" fr="Table des matières" es="Índice" ru="Содержание"/>
    <tk:label key="show-sections" en="Show the %1 sections" de="Die %1 Abschnitte anzeigen" fr="Afficher les %1 sections" es="Mostrar las %1 secciones" ru="Показать разделы (%1)"/>
    <tk:label key="skip-to-text" en="Skip to the text" de="Zum Text springen" fr="Aller au texte" es="Saltar al texto" ru="Перейти к тексту"/>
    <tk:label key="skip-to-content" en="Skip to the content" de="Zum Inhalt springen" fr="Aller au contenu" es="Saltar al contenido" ru="Перейти к содержанию"/>
    <tk:label key="nav-edition" en="Edition" de="Edition" fr="Édition" es="Edición" ru="Издание"/>
    <tk:label key="nav-site" en="Site" de="Website" fr="Site" es="Sitio" ru="Сайт"/>
    <tk:label key="all-documents" en="All documents" de="Alle Dokumente" fr="Tous les documents" es="Todos los documentos" ru="Все документы"/>
    <tk:label key="back-to-all" en="Back to all documents" de="Zurück zu allen Dokumenten" fr="Retour à tous les documents" es="Volver a todos los documentos" ru="Назад ко всем документам"/>
    <tk:label key="made-with" en="Reading edition made with teikit%1 from the TEI source." de="Leseausgabe, mit teikit%1 aus der TEI-Quelle erstellt." fr="Édition de lecture produite avec teikit%1 à partir de la source TEI." es="Edición de lectura generada con teikit%1 a partir de la fuente TEI." ru="Издание для чтения создано с помощью teikit%1 из источника TEI."/>
    <tk:label key="cite-heading" en="How to cite this edition" de="Zitierempfehlung" fr="Comment citer cette édition" es="Cómo citar esta edición" ru="Как цитировать это издание"/>
    <tk:label key="copy-citation" en="Copy citation" de="Zitat kopieren" fr="Copier la citation" es="Copiar la cita" ru="Скопировать ссылку"/>
    <tk:label key="translated-by" en="Translated by %1" de="Übersetzt von %1" fr="Traduit par %1" es="Traducido por %1" ru="Перевод: %1"/>
    <tk:label key="colon" en="%1: " de="%1: " fr="%1 : " es="%1: " ru="%1: "/>
    <tk:label key="and" en="and" de="und" fr="et" es="y" ru="и"/>
    <tk:label key="accessed" en="Accessed %1" de="Abgerufen am %1" fr="Consulté le %1" es="Consultado el %1" ru="Дата обращения: %1"/>
    <tk:label key="about-edition" en="About this edition" de="Zu dieser Edition" fr="À propos de cette édition" es="Sobre esta edición" ru="Об этом издании"/>
    <tk:label key="tei-source" en="TEI source" de="TEI-Quelle" fr="Source TEI" es="Fuente TEI" ru="Источник TEI"/>
    <tk:label key="pdf-edition" en="PDF edition" de="PDF-Ausgabe" fr="Édition PDF" es="Edición en PDF" ru="Издание в PDF"/>
    <tk:label key="source-record" en="Source record" de="Quellennachweis" fr="Notice de la source" es="Registro de la fuente" ru="Запись об источнике"/>
    <tk:label key="record-id" en="Record ID" de="Datensatz-ID" fr="Identifiant de la notice" es="ID del registro" ru="Идентификатор записи"/>
    <tk:label key="published-online" en="Published online" de="Online veröffentlicht" fr="Publié en ligne" es="Publicado en línea" ru="Опубликовано онлайн"/>
    <tk:label key="acquisition" en="Acquisition" de="Erwerbung" fr="Acquisition" es="Adquisición" ru="Поступление"/>
    <tk:label key="history" en="History" de="Versionsgeschichte" fr="Historique" es="Historial" ru="История изменений"/>
    <tk:label key="transcription-heading" en="Transcription of the source" de="Transkription der Vorlage" fr="Transcription de la source" es="Transcripción de la fuente" ru="Транскрипция источника"/>
    <tk:label key="untitled" en="Untitled document" de="Dokument ohne Titel" fr="Document sans titre" es="Documento sin título" ru="Документ без названия"/>
    <!-- Header panel and title block fields -->
    <tk:label key="field-date" en="Date" de="Datum" fr="Date" es="Fecha" ru="Дата"/>
    <tk:label key="field-type" en="Type" de="Typ" fr="Type" es="Tipo" ru="Тип"/>
    <tk:label key="field-doctype" en="Document type" de="Dokumenttyp" fr="Type de document" es="Tipo de documento" ru="Тип документа"/>
    <tk:label key="field-classification" en="Classification" de="Klassifikation" fr="Classification" es="Clasificación" ru="Гриф"/>
    <tk:label key="field-archive" en="Archive" de="Archiv" fr="Archives" es="Archivo" ru="Архив"/>
    <tk:label key="field-reference" en="Reference" de="Signatur" fr="Cote" es="Signatura" ru="Шифр"/>
    <tk:label key="field-language" en="Original language" de="Originalsprache" fr="Langue originale" es="Lengua original" ru="Язык оригинала"/>
    <tk:label key="field-author" en="Author" de="Verfasser" fr="Auteur" es="Autor" ru="Автор"/>
    <tk:label key="field-editor" en="Editor" de="Herausgeber" fr="Éditeur scientifique" es="Editor" ru="Редактор"/>
    <tk:label key="field-general-editor" en="General editor" de="Gesamtherausgeber" fr="Directeur de l’édition" es="Director de la edición" ru="Главный редактор"/>
    <tk:label key="field-responsibility" en="Responsibility" de="Verantwortlich" fr="Responsabilité" es="Responsabilidad" ru="Ответственность"/>
    <tk:label key="field-source" en="Source" de="Quelle" fr="Source" es="Fuente" ru="Источник"/>
    <tk:label key="field-funder" en="Funder" de="Förderer" fr="Financement" es="Financiación" ru="Финансирование"/>
    <tk:label key="field-publisher" en="Publisher" de="Verlag" fr="Éditeur" es="Editorial" ru="Издатель"/>
    <tk:label key="field-online" en="Online" de="Online" fr="En ligne" es="En línea" ru="Онлайн"/>
    <tk:label key="field-rights" en="Rights" de="Rechte" fr="Droits" es="Derechos" ru="Права"/>
    <tk:label key="licence" en="Licence" de="Lizenz" fr="Licence" es="Licencia" ru="Лицензия"/>
    <!-- Titles of editorial markers -->
    <tk:label key="supplied-by" en="Supplied by %1" de="Ergänzt von %1" fr="Restitué par %1" es="Suplido por %1" ru="Восполнено: %1"/>
    <tk:label key="supplied-who" en="the translator or editor" de="dem Übersetzer oder Herausgeber" fr="le traducteur ou l’éditeur" es="el traductor o el editor" ru="переводчик или редактор"/>
    <tk:label key="not-in-original" en="not in the original" de="nicht im Original" fr="absent de l’original" es="no figura en el original" ru="отсутствует в оригинале"/>
    <tk:label key="gap" en="Gap in the text" de="Lücke im Text" fr="Lacune dans le texte" es="Laguna en el texto" ru="Лакуна в тексте"/>
    <tk:label key="sic" en="Thus in the original" de="So im Original" fr="Ainsi dans l’original" es="Así en el original" ru="Так в оригинале"/>
    <tk:label key="corrected" en="Corrected by the editor" de="Vom Herausgeber korrigiert" fr="Corrigé par l’éditeur" es="Corregido por el editor" ru="Исправлено редактором"/>
    <tk:label key="unclear" en="Unclear in the original" de="Im Original unleserlich" fr="Peu lisible dans l’original" es="Poco legible en el original" ru="Неразборчиво в оригинале"/>
    <tk:label key="damaged" en="Damaged in the original" de="Im Original beschädigt" fr="Endommagé dans l’original" es="Dañado en el original" ru="Повреждено в оригинале"/>
    <tk:label key="page-break" en="Page %1" de="Seite %1" fr="Page %1" es="Página %1" ru="Страница %1"/>
    <tk:label key="column-break" en="Column %1" de="Spalte %1" fr="Colonne %1" es="Columna %1" ru="Столбец %1"/>
    <tk:label key="milestone" en="Milestone %1" de="Abschnittsmarke %1" fr="Jalon %1" es="Hito %1" ru="Веха %1"/>
    <tk:label key="break" en="break" de="Umbruch" fr="saut" es="salto" ru="разрыв"/>
    <tk:label key="image" en="Image" de="Abbildung" fr="Image" es="Imagen" ru="Изображение"/>
    <tk:label key="figure" en="figure" de="Abbildung" fr="figure" es="figura" ru="рисунок"/>
    <tk:label key="space" en="Space in the original" de="Freiraum im Original" fr="Espace dans l’original" es="Espacio en el original" ru="Пробел в оригинале"/>
    <tk:label key="embedded-not-shown" en="embedded %1 not shown" de="eingebettetes %1 nicht angezeigt" fr="%1 incorporé non affiché" es="%1 incrustado no mostrado" ru="встроенный %1 не показан"/>
    <tk:label key="embedded-title" en="Embedded content of the source is not shown in this edition" de="Eingebettete Inhalte der Quelle werden in dieser Edition nicht angezeigt" fr="Le contenu incorporé de la source n’est pas affiché dans cette édition" es="El contenido incrustado de la fuente no se muestra en esta edición" ru="Встроенное содержимое источника в этом издании не показано"/>
    <tk:label key="witness-detail" en="Detail of the witness" de="Angabe zum Textzeugen" fr="Détail du témoin" es="Detalle del testimonio" ru="Сведения о списке"/>
    <!-- The site's pages -->
    <tk:label key="documents" en="Documents" de="Dokumente" fr="Documents" es="Documentos" ru="Документы"/>
    <tk:label key="one-document" en="1 document." de="1 Dokument." fr="1 document." es="1 documento." ru="1 документ."/>
    <tk:label key="n-documents" en="%1 documents." de="%1 Dokumente." fr="%1 documents." es="%1 documentos." ru="Документов: %1."/>
    <tk:label key="names-index" en="People, places and organisations" de="Personen, Orte und Organisationen" fr="Personnes, lieux et organisations" es="Personas, lugares y organizaciones" ru="Люди, места и организации"/>
    <tk:label key="people" en="People" de="Personen" fr="Personnes" es="Personas" ru="Люди"/>
    <tk:label key="places" en="Places" de="Orte" fr="Lieux" es="Lugares" ru="Места"/>
    <tk:label key="organisations" en="Organisations" de="Organisationen" fr="Organisations" es="Organizaciones" ru="Организации"/>
    <tk:label key="none-tagged" en="None tagged." de="Keine ausgezeichnet." fr="Aucun balisé." es="Ninguno etiquetado." ru="Нет размеченных."/>
    <tk:label key="site-made-with" en="Edition made with teikit%1; static pages, no server needed." de="Edition, mit teikit%1 erstellt; statische Seiten, kein Server nötig." fr="Édition produite avec teikit%1 ; pages statiques, sans serveur." es="Edición generada con teikit%1; páginas estáticas, sin servidor." ru="Издание создано с помощью teikit%1; статические страницы, сервер не нужен."/>
    <tk:label key="search-heading" en="Search the full text" de="Volltextsuche" fr="Rechercher dans le texte intégral" es="Buscar en el texto completo" ru="Поиск по полному тексту"/>
    <tk:label key="search-words" en="Words to find" de="Suchbegriffe" fr="Mots à chercher" es="Palabras que buscar" ru="Слова для поиска"/>
    <tk:label key="search-needs-js" en="Search needs JavaScript; the list of documents below works without it." de="Die Suche braucht JavaScript; die Liste der Dokumente unten funktioniert auch ohne." fr="La recherche nécessite JavaScript ; la liste des documents ci-dessous fonctionne sans." es="La búsqueda necesita JavaScript; la lista de documentos de abajo funciona sin él." ru="Для поиска нужен JavaScript; список документов ниже работает и без него."/>
    <tk:label key="search-type" en="Type words to search %1 passages." de="Wörter eingeben, um %1 Passagen zu durchsuchen." fr="Saisissez des mots pour chercher dans %1 passages." es="Escriba palabras para buscar en %1 pasajes." ru="Введите слова для поиска по фрагментам (%1)."/>
    <tk:label key="search-nothing" en="Nothing found." de="Nichts gefunden." fr="Aucun résultat." es="No se encontró nada." ru="Ничего не найдено."/>
    <tk:label key="search-found-one" en="1 passage found" de="1 Passage gefunden" fr="1 passage trouvé" es="1 pasaje encontrado" ru="Найден 1 фрагмент"/>
    <tk:label key="search-found" en="%1 passages found" de="%1 Passagen gefunden" fr="%1 passages trouvés" es="%1 pasajes encontrados" ru="Найдено фрагментов: %1"/>
    <tk:label key="search-first" en="; the first %1 are listed." de="; die ersten %1 sind aufgeführt." fr=" ; les %1 premiers sont listés." es="; se muestran los primeros %1." ru="; показаны первые %1."/>
    <tk:label key="copied" en="Copied" de="Kopiert" fr="Copié" es="Copiado" ru="Скопировано"/>
    <tk:label key="filter" en="Filter" de="Filter" fr="Filtrer" es="Filtrar" ru="Фильтр"/>
    <tk:label key="year" en="Year" de="Jahr" fr="Année" es="Año" ru="Год"/>
    <tk:label key="title" en="Title" de="Titel" fr="Titre" es="Título" ru="Название"/>
    <!-- Dates: %1 day, %2 month, %3 year; the month after a day is the month-of form (Russian genitive). -->
    <tk:label key="date-dmy" en="%1 %2 %3" de="%1. %2 %3" fr="%1 %2 %3" es="%1 de %2 de %3" ru="%1 %2 %3"/>
    <tk:label key="date-my" en="%2 %3" de="%2 %3" fr="%2 %3" es="%2 de %3" ru="%2 %3"/>
    <!-- The access date of a citation ("May 3, 2024" in Chicago style). -->
    <tk:label key="date-access" en="%2 %1, %3" de="%1. %2 %3" fr="%1 %2 %3" es="%1 de %2 de %3" ru="%1 %2 %3"/>
    <tk:label key="bce" en="%1 BCE" de="%1 v. Chr." fr="%1 av. J.-C." es="%1 a. C." ru="%1 до н. э."/>
    <tk:label key="month-1" en="January" de="Januar" fr="janvier" es="enero" ru="январь"/>
    <tk:label key="month-2" en="February" de="Februar" fr="février" es="febrero" ru="февраль"/>
    <tk:label key="month-3" en="March" de="März" fr="mars" es="marzo" ru="март"/>
    <tk:label key="month-4" en="April" de="April" fr="avril" es="abril" ru="апрель"/>
    <tk:label key="month-5" en="May" de="Mai" fr="mai" es="mayo" ru="май"/>
    <tk:label key="month-6" en="June" de="Juni" fr="juin" es="junio" ru="июнь"/>
    <tk:label key="month-7" en="July" de="Juli" fr="juillet" es="julio" ru="июль"/>
    <tk:label key="month-8" en="August" de="August" fr="août" es="agosto" ru="август"/>
    <tk:label key="month-9" en="September" de="September" fr="septembre" es="septiembre" ru="сентябрь"/>
    <tk:label key="month-10" en="October" de="Oktober" fr="octobre" es="octubre" ru="октябрь"/>
    <tk:label key="month-11" en="November" de="November" fr="novembre" es="noviembre" ru="ноябрь"/>
    <tk:label key="month-12" en="December" de="Dezember" fr="décembre" es="diciembre" ru="декабрь"/>
    <tk:label key="month-of-1" en="January" de="Januar" fr="janvier" es="enero" ru="января"/>
    <tk:label key="month-of-2" en="February" de="Februar" fr="février" es="febrero" ru="февраля"/>
    <tk:label key="month-of-3" en="March" de="März" fr="mars" es="marzo" ru="марта"/>
    <tk:label key="month-of-4" en="April" de="April" fr="avril" es="abril" ru="апреля"/>
    <tk:label key="month-of-5" en="May" de="Mai" fr="mai" es="mayo" ru="мая"/>
    <tk:label key="month-of-6" en="June" de="Juni" fr="juin" es="junio" ru="июня"/>
    <tk:label key="month-of-7" en="July" de="Juli" fr="juillet" es="julio" ru="июля"/>
    <tk:label key="month-of-8" en="August" de="August" fr="août" es="agosto" ru="августа"/>
    <tk:label key="month-of-9" en="September" de="September" fr="septembre" es="septiembre" ru="сентября"/>
    <tk:label key="month-of-10" en="October" de="Oktober" fr="octobre" es="octubre" ru="октября"/>
    <tk:label key="month-of-11" en="November" de="November" fr="novembre" es="noviembre" ru="ноября"/>
    <tk:label key="month-of-12" en="December" de="Dezember" fr="décembre" es="diciembre" ru="декабря"/>
  </xsl:variable>

</xsl:stylesheet>
