/* Search suggestions as you type: turns each input[data-search-suggest] into a WAI-ARIA 1.2
   combobox with a listbox popup. Without this file the search forms work as plain forms. */
(function () {
  "use strict";

  var DELAY = 200;
  var MIN_LENGTH = 2;
  var script = document.currentScript;

  function addStylesheet() {
    var href = script && script.getAttribute("data-stylesheet");
    if (!href || document.querySelector('link[href="' + href + '"]')) { return; }
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    document.head.appendChild(link);
  }

  function enhance(input) {
    var endpoint = input.getAttribute("data-search-suggest");
    var form = input.form;
    var listId = input.id + "-goi-y";
    var list = document.createElement("ul");
    var status = document.createElement("div");
    var timer = null;
    var request = 0;
    var active = -1;
    var items = [];

    list.id = listId;
    list.className = "search-suggest";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Gợi ý tìm kiếm");
    list.hidden = true;
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("autocomplete", "off");
    form.classList.add("search-combobox");
    form.appendChild(list);
    form.appendChild(status);

    function setActive(index) {
      var options = list.querySelectorAll('[role="option"]');
      active = index;
      options.forEach(function (option, i) {
        option.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      if (index >= 0 && options[index]) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      setActive(-1);
    }

    function open() {
      if (!items.length) { return; }
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function render(suggestions) {
      items = suggestions;
      list.textContent = "";
      suggestions.forEach(function (item, i) {
        var option = document.createElement("li");
        var title = document.createElement("span");
        option.id = listId + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.className = "search-suggest__option";
        title.className = "search-suggest__title";
        title.textContent = item.title;
        option.appendChild(title);
        if (item.type_label) {
          var type = document.createElement("span");
          type.className = "search-suggest__type";
          type.textContent = item.type_label;
          option.appendChild(document.createTextNode(" "));
          option.appendChild(type);
        }
        // mousedown, not click: keeps focus in the field until the page changes.
        option.addEventListener("mousedown", function (event) {
          event.preventDefault();
          window.location.href = item.url;
        });
        list.appendChild(option);
      });
      active = -1;
      status.textContent = suggestions.length ? "Có " + suggestions.length + " gợi ý" : "Không có gợi ý";
      if (suggestions.length) { open(); } else { close(); }
    }

    function fetchSuggestions() {
      var value = input.value.trim();
      if (value.length < MIN_LENGTH) {
        items = [];
        list.textContent = "";
        close();
        return;
      }
      var mine = ++request;
      fetch(endpoint + "?q=" + encodeURIComponent(value), { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) {
          if (mine === request) { render(data.suggestions || []); }
        })
        .catch(function () { /* Suggestions are a help, not a requirement: the form still submits. */ });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY);
    });

    input.addEventListener("keydown", function (event) {
      var count = items.length;
      if (event.key === "ArrowDown") {
        if (!count) { return; }
        event.preventDefault();
        open();
        setActive(active + 1 >= count ? 0 : active + 1);
      } else if (event.key === "ArrowUp") {
        if (!count) { return; }
        event.preventDefault();
        open();
        setActive(active - 1 < 0 ? count - 1 : active - 1);
      } else if (event.key === "Enter") {
        if (!list.hidden && active >= 0 && items[active]) {
          event.preventDefault();
          window.location.href = items[active].url;
        }
      } else if (event.key === "Escape") {
        if (!list.hidden) {
          event.preventDefault();
          close();
        } else if (input.value) {
          event.preventDefault();
          input.value = "";
        }
      } else if (event.key === "Tab") {
        close();
      }
    });

    input.addEventListener("blur", function () { window.setTimeout(close, 150); });
    input.addEventListener("focus", function () { if (items.length && input.value.trim().length >= MIN_LENGTH) { open(); } });
  }

  var inputs = document.querySelectorAll("input[data-search-suggest]");
  if (!inputs.length || !window.fetch) { return; }
  addStylesheet();
  inputs.forEach(enhance);
})();
