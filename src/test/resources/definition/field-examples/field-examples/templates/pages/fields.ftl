<html>[@cms.area name="main"/]</html>
