console.log("not a definition");
